import { describe, expect, it } from 'vitest';
import { rectificationLedger } from '../../../templates/catalog/rectification-ledger.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const done = {
  origin: '群众评议',
  problem: '窗口午间无人值守',
  measures: '实行午间轮班',
  responsibleUnit: '第一党支部',
  responsiblePerson: '张三',
  deadline: '2026-05-31',
  status: '已整改',
  completedOn: '2026-05-20',
  verification: '通过',
  remarks: null,
};
const ctx = ctxOf({});

describe('rectification-ledger row rules', () => {
  it('passes a finished and verified item', () => {
    expect(checkRow(rectificationLedger, done, ctx)).toEqual([]);
  });

  it('wants a completion date for 已整改, not after the report date', () => {
    expect(checkRow(rectificationLedger, { ...done, completedOn: null }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'error', column: 'completedOn', params: { other: '整改状态', otherValue: '已整改' } },
    ]);
    expect(checkRow(rectificationLedger, { ...done, completedOn: '2026-08-01' }, ctx)).toEqual([
      { code: 'row/date-after-report', severity: 'error', column: 'completedOn', params: { reportDate: '2026-07-15' } },
    ]);
  });

  it('allows 通过/未通过 only after 已整改, and 未复验 always', () => {
    const open = { ...done, status: '整改中', completedOn: null };
    expect(checkRow(rectificationLedger, { ...open, verification: '通过' }, ctx)).toEqual([
      { code: 'row/forbidden-when', severity: 'error', column: 'verification', params: { other: '整改状态', otherValue: '整改中', allowed: '已整改' } },
    ]);
    expect(checkRow(rectificationLedger, { ...open, verification: '未通过' }, ctx)).toHaveLength(1);
    expect(checkRow(rectificationLedger, { ...open, verification: '未复验' }, ctx)).toEqual([]);
    expect(checkRow(rectificationLedger, { ...open, verification: null }, ctx)).toEqual([]);
    expect(checkRow(rectificationLedger, { ...done, verification: '未通过' }, ctx)).toEqual([]);
  });
});

describe('rectification-ledger derive', () => {
  it('marks open items past their deadline overdue', () => {
    expect(rectificationLedger.derive(done, ctx)).toEqual({ overdue: false });
    expect(rectificationLedger.derive({ ...done, status: '整改中' }, ctx)).toEqual({ overdue: true });
    expect(rectificationLedger.derive({ ...done, status: '逾期未改' }, ctx)).toEqual({ overdue: true });
    expect(rectificationLedger.derive({ ...done, status: '整改中', deadline: '2026-09-30' }, ctx)).toEqual({ overdue: false });
  });

  it('has no sheet rules', () => {
    expect(checkSheet(rectificationLedger, [done, done], ctx)).toEqual([]);
  });
});
