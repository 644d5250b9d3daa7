import { describe, expect, it } from 'vitest';
import { massEvaluation } from '../../../templates/catalog/mass-evaluation.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const row = {
  target: '张三',
  targetType: '党员',
  branch: '第一党支部',
  eligible: 20,
  participants: 15,
  satisfied: 10,
  basicallySatisfied: 4,
  dissatisfied: 0,
  abstained: 1,
  satisfactionRate: 0.933,
  opinions: null,
  rectification: null,
};
const ctx = ctxOf(massEvaluation.defaults);

describe('mass-evaluation row rules', () => {
  it('passes votes that add up with a rounded rate', () => {
    expect(checkRow(massEvaluation, row, ctx)).toEqual([]);
    expect(checkRow(massEvaluation, { ...row, satisfactionRate: null }, ctx)).toEqual([]);
  });

  it('checks that the votes add up to 实参评人数', () => {
    expect(checkRow(massEvaluation, { ...row, abstained: 3, satisfactionRate: null }, ctx)).toEqual([
      {
        code: 'row/sum-mismatch', severity: 'error', column: 'participants',
        params: { parts: '满意+基本满意+不满意+不了解(弃权)', sum: 17, total: 15, totalHeader: '实参评人数' },
        expected: 15,
      },
    ]);
  });

  it('refuses more participants than eligible', () => {
    expect(checkRow(massEvaluation, { ...row, eligible: 14, satisfactionRate: null }, ctx)).toEqual([
      { code: 'row/not-greater', severity: 'error', column: 'participants', params: { other: '应参评人数', otherValue: 14 } },
    ]);
  });

  it('checks a typed 满意率 within ±0.5 个百分点', () => {
    expect(checkRow(massEvaluation, { ...row, satisfactionRate: 0.95 }, ctx)).toEqual([
      { code: 'row/rate-mismatch', severity: 'error', column: 'satisfactionRate', params: { parts: '满意+基本满意', denominator: '实参评人数', tolerance: 0.5 }, expected: 0.9333 },
    ]);
    expect(checkRow(massEvaluation, { ...row, satisfactionRate: 0.929 }, ctx)).toEqual([]);
  });

  it('asks for 整改措施 (warning) once anyone is 不满意', () => {
    const unhappy = { ...row, basicallySatisfied: 3, dissatisfied: 1, satisfactionRate: null };
    expect(checkRow(massEvaluation, unhappy, ctx)).toEqual([
      { code: 'row/required-when', severity: 'warning', column: 'rectification', params: { other: '不满意', otherValue: '1' } },
    ]);
    expect(checkRow(massEvaluation, { ...unhappy, rectification: '逐一谈心谈话，限期改进' }, ctx)).toEqual([]);
  });
});

describe('mass-evaluation derive', () => {
  it('computes the rates and flags above the threshold', () => {
    expect(massEvaluation.derive(row, ctx)).toEqual({ satisfactionRate: 14 / 15, satisfiedShare: 10 / 15, dissatisfiedShare: 0, flagged: false });
    const bad = { ...row, satisfied: 5, basicallySatisfied: 4, dissatisfied: 6, abstained: 0 };
    expect(massEvaluation.derive(bad, ctx)).toEqual({ satisfactionRate: 9 / 15, satisfiedShare: 5 / 15, dissatisfiedShare: 6 / 15, flagged: true });
    // Exactly one third is not "more than" one third.
    expect(massEvaluation.derive({ ...bad, dissatisfied: 5, abstained: 1 }, ctx).flagged).toBe(false);
    expect(massEvaluation.derive(bad, ctxOf({ ...massEvaluation.defaults, flagThreshold: 0.5 })).flagged).toBe(false);
  });

  it('gives nulls when there is nothing to divide by', () => {
    expect(massEvaluation.derive({ ...row, participants: 0 }, ctx)).toEqual({ satisfactionRate: null, satisfiedShare: null, dissatisfiedShare: null, flagged: false });
    expect(massEvaluation.derive({ ...row, dissatisfied: null }, ctx)).toEqual({ satisfactionRate: 14 / 15, satisfiedShare: 10 / 15, dissatisfiedShare: null, flagged: false });
  });
});

describe('mass-evaluation sheet rules', () => {
  it('warns when the same object is rated twice and on unknown branches', () => {
    const rows = [row, { ...row, target: '第一党支部', targetType: '党组织' }, { ...row, branch: '第九党支部' }];
    expect(checkSheet(massEvaluation, rows, ctxOf(massEvaluation.defaults, { branches: ['第一党支部'] }))).toEqual([
      { code: 'sheet/unknown-branch', severity: 'warning', row: 5, column: 'branch', params: { branch: '第九党支部' }, expected: ['第一党支部'] },
      { code: 'sheet/duplicate-row', severity: 'warning', row: 5, column: 'target', params: { firstRow: 3 } },
    ]);
  });
});
