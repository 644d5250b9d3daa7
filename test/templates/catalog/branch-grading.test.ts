import { describe, expect, it } from 'vitest';
import { branchGrading } from '../../../templates/catalog/branch-grading.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const row = {
  branch: '第一党支部',
  leadershipScore: 19,
  membershipScore: 18.5,
  mechanismScore: 18,
  performanceScore: 17,
  publicOpinionScore: 19,
  total: 91.5,
  grade: '先进',
  problems: null,
};
const ctx = ctxOf(branchGrading.defaults);

describe('branch-grading row rules', () => {
  it('passes scores that add up to a total that matches its grade', () => {
    expect(checkRow(branchGrading, row, ctx)).toEqual([]);
  });

  it('refuses a score above the full marks of the params', () => {
    const over = { ...row, leadershipScore: 21, total: 93.5 };
    expect(checkRow(branchGrading, over, ctx)).toEqual([
      { code: 'cell/max', severity: 'error', column: 'leadershipScore', params: { max: 20 }, expected: 20 },
    ]);
    expect(checkRow(branchGrading, over, ctxOf({ ...branchGrading.defaults, scoreMax: 25 }))).toEqual([]);
  });

  it('checks the total and judges the grade on the five scores', () => {
    expect(checkRow(branchGrading, { ...row, total: 85, grade: '较好' }, ctx)).toEqual([
      {
        code: 'row/total-mismatch', severity: 'error', column: 'total',
        params: { parts: '领导班子好+党员队伍好+工作机制好+工作业绩好+群众反映好', sum: 91.5 },
        expected: 91.5,
      },
      { code: 'row/grade-mismatch', severity: 'warning', column: 'grade', params: { score: 91.5 }, expected: '先进' },
    ]);
  });

  it.each([
    [20, 20, 20, 15, 15, 90, '先进'],
    [18, 16, 16, 15, 15, 80, '较好'],
    [12, 12, 12, 12, 12, 60, '一般'],
    [12, 12, 12, 12, 11.5, 59.5, '后进'],
  ])('%d+%d+%d+%d+%d=%d is %s', (a, b, c, d, e, total, grade) => {
    const r = { ...row, leadershipScore: a, membershipScore: b, mechanismScore: c, performanceScore: d, publicOpinionScore: e, total, grade };
    expect(checkRow(branchGrading, r, ctx)).toEqual([]);
    expect(branchGrading.derive(r, ctx)).toEqual({ computedTotal: total, impliedGrade: grade });
  });

  it('follows changed bands', () => {
    expect(checkRow(branchGrading, row, ctxOf({ ...branchGrading.defaults, advancedMin: 95 }))).toEqual([
      { code: 'row/grade-mismatch', severity: 'warning', column: 'grade', params: { score: 91.5 }, expected: '较好' },
    ]);
  });
});

describe('branch-grading derive', () => {
  it('computes the total and the implied grade', () => {
    expect(branchGrading.derive(row, ctx)).toEqual({ computedTotal: 91.5, impliedGrade: '先进' });
  });

  it('falls back to the typed total while a score is blank', () => {
    expect(branchGrading.derive({ ...row, mechanismScore: null, total: 75 }, ctx)).toEqual({ computedTotal: null, impliedGrade: '一般' });
    expect(branchGrading.derive({ ...row, mechanismScore: null, total: null }, ctx)).toEqual({ computedTotal: null, impliedGrade: null });
  });
});

describe('branch-grading sheet rules', () => {
  it('warns on a branch graded twice and on an unknown branch', () => {
    const rows = [row, { ...row, branch: '第二党支部' }, row];
    expect(checkSheet(branchGrading, rows, ctxOf(branchGrading.defaults, { branches: ['第一党支部'] }))).toEqual([
      { code: 'sheet/unknown-branch', severity: 'warning', row: 4, column: 'branch', params: { branch: '第二党支部' }, expected: ['第一党支部'] },
      { code: 'sheet/duplicate-row', severity: 'warning', row: 5, column: 'branch', params: { firstRow: 3 } },
    ]);
  });
});
