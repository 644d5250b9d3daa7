import type { ReminderLine } from './reminders.ts';

/** '2026-07-15' → '2026年7月15日', as a notice writes dates. */
export const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const SECTIONS: { state: ReminderLine['state']; heading: string }[] = [
  { state: 'missing', heading: '尚未报送' },
  { state: 'returned', heading: '已退回，请按退回意见修改后重新报送' },
  { state: 'rejected', heading: '未通过校验（已拒收），请修改错误后重新报送' },
];
const ORDINALS = ['一', '二', '三'];

const contact = (l: ReminderLine): string =>
  l.contactName || l.contactPhone
    ? `联系人：${l.contactName ?? '未登记'}，联系电话：${l.contactPhone ?? '未登记'}`
    : '未登记联系人';

const ledgerText = (l: ReminderLine): string => {
  const when = `截止${chineseDate(l.due)}${l.daysOverdue > 0 ? `，已逾期${l.daysOverdue}天` : ''}`;
  return `${l.ledger}（${l.state === 'returned' && l.returnComment ? `退回意见：${l.returnComment}；` : ''}${when}）`;
};

/** The units of one section in the lines' order, each with every ledger it owes there. */
function byUnit(lines: readonly ReminderLine[]): ReminderLine[][] {
  const groups = new Map<string, ReminderLine[]>();
  for (const l of lines) groups.set(l.unitCode, [...(groups.get(l.unitCode) ?? []), l]);
  return [...groups.values()];
}

/**
 * A notice the office can paste into a group chat or a document as it is:
 * who still owes what, grouped by what they must do, each unit with its
 * contact so the message can also be used as a call list. `today` is the
 * Beijing calendar day the lines were computed for.
 */
export function reminderNotice(periodLabel: string, lines: readonly ReminderLine[], today: string): string {
  const title = `关于催报${periodLabel}党建台账的通知`;
  if (lines.length === 0) return `${title}\n\n截至${chineseDate(today)}，${periodLabel}党建台账应报单位均已报送，无需催报。`;
  const out = [title, '', '各有关单位：', `截至${chineseDate(today)}，以下单位的党建台账尚未报送或需要重新报送，请尽快通过台账通报送（尚未到截止日期的，请于截止日期前报送）。`];
  let section = 0;
  for (const { state, heading } of SECTIONS) {
    const units = byUnit(lines.filter((l) => l.state === state));
    if (units.length === 0) continue;
    out.push('', `${ORDINALS[section++]}、${heading}（${units.length}个单位）`);
    units.forEach((owed, i) => out.push(`${i + 1}. ${owed[0]!.unitName}（${contact(owed[0]!)}）：${owed.map(ledgerText).join('；')}`));
  }
  out.push('', chineseDate(today));
  return out.join('\n');
}
