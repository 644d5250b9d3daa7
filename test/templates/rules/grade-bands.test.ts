import { describe, expect, it } from 'vitest';
import { gradeForScore, gradeMatchesScore, type GradeBand } from '../../../templates/rules/grade-bands.ts';
import { ctxOf } from '../catalog/fixtures.ts';

type P = { aMin: number; bMin: number };
const bands: GradeBand<P>[] = [{ grade: '甲', minParam: 'aMin' }, { grade: '乙', minParam: 'bMin' }];
const params: P = { aMin: 90, bMin: 60 };

describe('gradeForScore', () => {
  it.each([
    [100, '甲'], [90, '甲'], [89.5, '乙'], [60, '乙'], [59.9, '丙'], [0, '丙'],
  ] as const)('%d → %s', (score, grade) => expect(gradeForScore(score, bands, '丙', params)).toBe(grade));
});

describe('gradeMatchesScore', () => {
  const rule = gradeMatchesScore<P>({ grade: 'g', score: (r) => (typeof r.s === 'number' ? r.s : null), bands, below: '丙', describe: 'd' });
  it('warns with the implied grade', () => {
    expect(rule.check({ s: 95, g: '乙' }, ctxOf(params))).toEqual([
      { code: 'row/grade-mismatch', severity: 'warning', column: 'g', params: { score: 95 }, expected: '甲' },
    ]);
    expect(rule.check({ s: 95, g: '甲' }, ctxOf(params))).toEqual([]);
    expect(rule.check({ s: null, g: '甲' }, ctxOf(params))).toEqual([]);
    expect(rule.check({ s: 95, g: null }, ctxOf(params))).toEqual([]);
  });
  it('follows the params', () => {
    expect(rule.check({ s: 95, g: '乙' }, ctxOf({ aMin: 96, bMin: 60 }))).toEqual([]);
  });
});
