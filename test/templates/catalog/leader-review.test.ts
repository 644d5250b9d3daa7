import { describe, expect, it } from 'vitest';
import { leaderReview } from '../../../templates/catalog/leader-review.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const row = {
  reviewer: '彭建国',
  reviewerTitle: '党组书记、主任',
  branch: '第一党支部',
  secretary: '张三',
  reviewedOn: '2026-06-18',
  method: '集中点评',
  achievements: '承诺事项全部兑现',
  shortcomings: '理论学习不够系统',
  direction: '落实“三会一课”制度',
  remarks: null,
};
const ctx = ctxOf({});

describe('leader-review row rules', () => {
  it('passes a review inside the period', () => {
    expect(checkRow(leaderReview, row, ctx)).toEqual([]);
  });

  it('warns on a review outside the period and refuses one after the report date', () => {
    expect(checkRow(leaderReview, { ...row, reviewedOn: '2025-12-20' }, ctx)).toEqual([
      { code: 'row/date-outside-period', severity: 'warning', column: 'reviewedOn', params: { period: '2026H1', start: '2026-01-01', end: '2026-06-30' } },
    ]);
    expect(checkRow(leaderReview, { ...row, reviewedOn: '2026-07-20' }, ctx)).toEqual([
      { code: 'row/date-outside-period', severity: 'warning', column: 'reviewedOn', params: { period: '2026H1', start: '2026-01-01', end: '2026-06-30' } },
      { code: 'row/date-after-report', severity: 'error', column: 'reviewedOn', params: { reportDate: '2026-07-15' } },
    ]);
  });

  it('does not judge the period when none is known', () => {
    expect(checkRow(leaderReview, { ...row, reviewedOn: '2025-12-20' }, { reportDate: '2026-07-15', params: {} })).toEqual([]);
  });

  it('has no derived values', () => {
    expect(leaderReview.derive(row, ctx)).toEqual({});
  });
});

describe('leader-review sheet rules', () => {
  it('names every branch not reviewed', () => {
    const c = ctxOf({}, { branches: ['第一党支部', '第二党支部', '直属党小组'] });
    expect(checkSheet(leaderReview, [row, { ...row, branch: '机关党委' }], c)).toEqual([
      { code: 'sheet/unknown-branch', severity: 'warning', row: 4, column: 'branch', params: { branch: '机关党委' }, expected: ['第一党支部', '第二党支部', '直属党小组'] },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第二党支部', missing: '上级领导点评' } },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '直属党小组', missing: '上级领导点评' } },
    ]);
    expect(checkSheet(leaderReview, [row], ctx)).toEqual([]);
  });
});
