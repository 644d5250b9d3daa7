import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/pledge-ledger.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const row = {
  seq: 1,
  subjectType: '党员',
  pledger: '张三',
  branch: '第一党支部',
  category: '服务承诺',
  pledge: '每月走访联系户2次',
  measures: '结合主题党日入户走访',
  deadline: '2026-06-30',
  status: '已完成',
  completedOn: '2026-06-20',
  rating: '满意',
  remarks: null,
};
const ctx = ctxOf({});

describe('pledge-ledger row rules', () => {
  it('passes a complete, measurable, finished pledge', () => {
    expect(checkRow(pledgeLedger, row, ctx)).toEqual([]);
  });

  it('wants a completion date for 已完成, not after the report date', () => {
    expect(checkRow(pledgeLedger, { ...row, completedOn: null }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'error', column: 'completedOn', params: { other: '完成情况', otherValue: '已完成' } },
    ]);
    expect(checkRow(pledgeLedger, { ...row, completedOn: '2026-07-16' }, ctx)).toEqual([
      { code: 'row/date-after-report', severity: 'error', column: 'completedOn', params: { reportDate: '2026-07-15' } },
    ]);
    expect(checkRow(pledgeLedger, { ...row, status: '推进中', completedOn: null }, ctx)).toEqual([]);
  });

  it('warns on a pledge with no measurable target', () => {
    expect(checkRow(pledgeLedger, { ...row, pledge: '进一步增强服务意识' }, ctx)).toEqual([
      { code: 'row/not-measurable', severity: 'warning', column: 'pledge' },
    ]);
  });
});

describe('pledge-ledger derive', () => {
  it('marks a pledge overdue past its deadline unless 已完成', () => {
    expect(pledgeLedger.derive({ ...row, status: '推进中', completedOn: null }, ctx)).toEqual({ overdue: true });
    expect(pledgeLedger.derive(row, ctx)).toEqual({ overdue: false });
    expect(pledgeLedger.derive({ ...row, status: '推进中', deadline: '2026-07-15' }, ctx)).toEqual({ overdue: false });
    expect(pledgeLedger.derive({ ...row, deadline: null, status: null }, ctx)).toEqual({ overdue: false });
  });
});

describe('pledge-ledger sheet rules', () => {
  it('reports unknown branches, branch gaps and members without a pledge', () => {
    const rows = [
      { ...row, subjectType: '党组织', pledger: '第一党支部', category: '实事承诺' },
      row,
      { ...row, pledger: '李四', branch: '第二支部' },
    ];
    const c = ctxOf({}, {
      branches: ['第一党支部', '第二党支部'],
      roster: [{ name: '张三', branch: '第一党支部' }, { name: '李四', branch: '第二党支部' }, { name: '王五', branch: '第二党支部' }],
    });
    expect(checkSheet(pledgeLedger, rows, c)).toEqual([
      { code: 'sheet/unknown-branch', severity: 'warning', row: 5, column: 'branch', params: { branch: '第二支部' }, expected: ['第一党支部', '第二党支部'] },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第二党支部', missing: '党组织承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第二党支部', missing: '实事承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { member: '王五', branch: '第二党支部', missing: '党员承诺' } },
    ]);
  });
});
