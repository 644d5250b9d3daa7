import { writeListWorkbook, type ListColumn } from './write-list-workbook.ts';

/** One ledger a unit still owes for a period, as the 催报名单 lists it. */
export interface ReminderLine {
  unitCode: string;
  unitName: string;
  contactName: string | null;
  contactPhone: string | null;
  templateId: string;
  ledger: string;
  /** The period's due date for this ledger ('YYYY-MM-DD', Beijing calendar). */
  due: string;
  state: 'missing' | 'returned' | 'rejected';
  /** 未报送 / 已退回 / 已拒收 */
  label: string;
  /** Whole Beijing calendar days past the due date; 0 until the due date has passed. */
  daysOverdue: number;
  /** What the office wrote when it returned the ledger (已退回 only). */
  returnComment: string | null;
}

const COLUMNS: ListColumn<ReminderLine>[] = [
  { header: '单位编码', width: 12, value: (l) => l.unitCode },
  { header: '单位名称', width: 26, value: (l) => l.unitName },
  { header: '联系人', width: 10, value: (l) => l.contactName ?? '' },
  { header: '联系电话', width: 16, value: (l) => l.contactPhone ?? '' },
  { header: '台账', width: 24, value: (l) => l.ledger },
  { header: '截止日期', width: 12, value: (l) => l.due },
  { header: '状态', width: 9, value: (l) => l.label },
  { header: '逾期天数', width: 9, value: (l) => l.daysOverdue },
  { header: '退回意见', width: 40, value: (l) => l.returnComment ?? '', wrap: true },
];

/**
 * 催报名单: one row per ledger a unit still owes, with whom to call, printed
 * like the archive's 归档清单 (A4 landscape, header row and unit columns
 * repeated) so the clerk can work down the list by phone.
 */
export function writeReminders(title: string, subtitle: string, lines: readonly ReminderLine[], created: Date): Promise<Uint8Array> {
  return writeListWorkbook('催报名单', title, subtitle, COLUMNS, lines, created);
}
