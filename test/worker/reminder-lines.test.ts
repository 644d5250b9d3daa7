import { describe, expect, it } from 'vitest';
import type { PeriodRecord } from '../../worker/db/periods.ts';
import type { SubmissionRecord } from '../../worker/db/submissions.ts';
import type { UnitRecord } from '../../worker/db/units.ts';
import { reminderNotice } from '../../worker/ledger/reminder-notice.ts';
import { calendarDaysBetween } from '../../templates/model/china-time.ts';
import { reminderLines } from '../../worker/ledger/reminders.ts';
import { statusMatrix } from '../../worker/ledger/status-matrix.ts';

const unit = (code: string, parentCode: string | null, contact: [string, string] | null = null): UnitRecord => ({
  code, name: `${code}党支部`, parentCode, members: 10, teams: 1, branches: 1,
  contactName: contact?.[0] ?? null, contactPhone: contact?.[1] ?? null, createdAt: '', updatedAt: '',
});
const period = (templateId: string, due: string): PeriodRecord => ({ templateId, code: '2026H1', opens: '2026-01-01', due, createdAt: '', updatedAt: '' });
const sub = (unitCode: string, templateId: string, status: SubmissionRecord['status'], submittedAt = '2026-07-01T00:00:00Z'): SubmissionRecord => ({
  id: `${unitCode}-${templateId}`, unitCode, templateId, periodCode: '2026H1', version: 1, submittedAt,
  submittedBy: 't', sha256: '', source: 'grid', fileName: '', hasFile: false, status, late: false, errors: status === 'rejected' ? 2 : 0,
  warnings: 0, rowCount: 1, rowsRead: 1, nilReturn: false, returnComment: status === 'returned' ? '第5行完成时限有误' : null, returnedAt: null, review: null, returnedBy: null,
});

// Ledgers are ordered as the periods are given (listPeriods gives catalog order).
const PERIODS = [period('pledge-ledger', '2026-07-15'), period('mass-evaluation', '2026-12-31')];
const UNITS = [unit('ROOT', null), unit('A', 'ROOT', ['张三', '13800000001']), unit('B', 'ROOT'), unit('C', 'ROOT', ['李四', '13800000003'])];

describe('calendarDaysBetween', () => {
  it('counts whole calendar days across months and leap days', () => {
    expect(calendarDaysBetween('2026-07-15', '2026-07-15')).toBe(0);
    expect(calendarDaysBetween('2026-07-15', '2026-07-16')).toBe(1);
    expect(calendarDaysBetween('2026-07-15', '2026-12-03')).toBe(141);
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2026-07-15', '2026-07-10')).toBe(-5);
  });
});

describe('reminderLines', () => {
  const cells = statusMatrix(UNITS, PERIODS, [
    sub('A', 'pledge-ledger', 'accepted'),
    sub('A', 'mass-evaluation', 'returned'),
    // Sent late: counted, so not chased.
    sub('B', 'pledge-ledger', 'accepted', '2026-08-01T00:00:00Z'),
    sub('C', 'mass-evaluation', 'rejected'),
  ]);

  it('lists 未报送, 已退回 and 已拒收 by unit then ledger, never 逾期报送 or a parent\'s own slot', () => {
    const lines = reminderLines(cells, UNITS, PERIODS, '2026-12-03');
    expect(lines.map((l) => [l.unitCode, l.templateId, l.label, l.daysOverdue, l.returnComment])).toEqual([
      ['A', 'mass-evaluation', '已退回', 0, '第5行完成时限有误'],
      ['B', 'mass-evaluation', '未报送', 0, null],
      ['C', 'pledge-ledger', '未报送', 141, null],
      ['C', 'mass-evaluation', '已拒收', 0, null],
    ]);
    expect(lines[2]).toEqual({
      unitCode: 'C', unitName: 'C党支部', contactName: '李四', contactPhone: '13800000003',
      templateId: 'pledge-ledger', ledger: '承诺践诺台账', due: '2026-07-15', state: 'missing', label: '未报送', daysOverdue: 141, returnComment: null,
    });
  });

  it('counts days overdue from the Beijing day passed in, 0 on and before the due day', () => {
    const overdue = (today: string) => reminderLines(cells, UNITS, PERIODS, today).find((l) => l.unitCode === 'C' && l.templateId === 'pledge-ledger')!.daysOverdue;
    expect([overdue('2026-07-01'), overdue('2026-07-15'), overdue('2026-07-16'), overdue('2027-01-01')]).toEqual([0, 0, 1, 170]);
  });

  it('writes a notice grouped by what each unit must do, with contacts', () => {
    const notice = reminderNotice('2026年上半年', reminderLines(cells, UNITS, PERIODS, '2026-12-03'), '2026-12-03');
    const mass = '群众评议情况统计表';
    expect(notice.split('\n')).toEqual([
      '关于催报2026年上半年党建台账的通知',
      '',
      '各有关单位：',
      '截至2026年12月3日，以下单位的党建台账尚未报送或需要重新报送，请尽快通过台账通报送（尚未到截止日期的，请于截止日期前报送）。',
      '',
      '一、尚未报送（2个单位）',
      `1. B党支部（未登记联系人）：${mass}（截止2026年12月31日）`,
      `2. C党支部（联系人：李四，联系电话：13800000003）：承诺践诺台账（截止2026年7月15日，已逾期141天）`,
      '',
      '二、已退回，请按退回意见修改后重新报送（1个单位）',
      `1. A党支部（联系人：张三，联系电话：13800000001）：${mass}（退回意见：第5行完成时限有误；截止2026年12月31日）`,
      '',
      '三、未通过校验（已拒收），请修改错误后重新报送（1个单位）',
      `1. C党支部（联系人：李四，联系电话：13800000003）：${mass}（截止2026年12月31日）`,
      '',
      '2026年12月3日',
    ]);
  });

  it('says nothing is owed when every expected ledger is in', () => {
    expect(reminderNotice('2026年上半年', [], '2026-12-03')).toBe('关于催报2026年上半年党建台账的通知\n\n截至2026年12月3日，2026年上半年党建台账应报单位均已报送，无需催报。');
  });
});
