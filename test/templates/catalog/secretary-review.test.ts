import { describe, expect, it } from 'vitest';
import { secretaryReview } from '../../../templates/catalog/secretary-review.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const row = {
  reviewer: '张三',
  branch: '第一党支部',
  member: '李四',
  reviewedOn: '2026-06-25',
  method: '个别点评',
  strengths: '带头办结群众来信',
  shortcomings: '联系群众不够经常',
  direction: '每月走访联系户一次',
  grade: '较好',
};
const ctx = ctxOf({});

describe('secretary-review row rules', () => {
  it('passes a review inside the period', () => {
    expect(checkRow(secretaryReview, row, ctx)).toEqual([]);
  });

  it('warns on a review outside the period', () => {
    expect(checkRow(secretaryReview, { ...row, reviewedOn: '2026-07-01' }, ctx)).toEqual([
      { code: 'row/date-outside-period', severity: 'warning', column: 'reviewedOn', params: { period: '2026H1', start: '2026-01-01', end: '2026-06-30' } },
    ]);
  });
});

describe('secretary-review sheet rules', () => {
  it('names every roster member not reviewed', () => {
    const c = ctxOf({}, {
      branches: ['第一党支部', '第二党支部'],
      roster: [
        { name: '张三', branch: '第一党支部' },
        { name: '李四', branch: '第一党支部' },
        { name: '王五', branch: '第二党支部' },
      ],
    });
    expect(checkSheet(secretaryReview, [row, { ...row, member: '张 三' }], c)).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { member: '王五', branch: '第二党支部', missing: '书记点评' } },
    ]);
  });

  it('is silent without a roster', () => {
    expect(checkSheet(secretaryReview, [row], ctx)).toEqual([]);
  });
});
