import { branchGrading } from '../../catalog/branch-grading.ts';
import type { GradingFigures } from '../schema.ts';
import { breakdown, bump, bumpValue, get, optionValues } from '../tally.ts';
import type { Counter, Figures } from './context.ts';

const GRADES = optionValues(branchGrading, 'grade');

export const countGrading: Counter = (t, rows) => {
  for (const { values: v, derived } of rows) {
    bump(t, 'grade.graded');
    bumpValue(t, 'grade.grade', v.grade ?? null);
    if (typeof v.total === 'number') {
      bump(t, 'grade.scoreSum', v.total);
      bump(t, 'grade.scored');
    }
    if (typeof derived.impliedGrade === 'string' && derived.impliedGrade !== v.grade) bump(t, 'grade.mismatch');
  }
};

export const gradingFigures: Figures<GradingFigures> = (t) => {
  const scored = get(t, 'grade.scored');
  const scoreSum = Math.round(get(t, 'grade.scoreSum') * 1e6) / 1e6;
  return {
    graded: get(t, 'grade.graded'),
    byGrade: breakdown(t, 'grade.grade', GRADES),
    scoreSum,
    averageScore: scored > 0 ? Math.round((scoreSum / scored) * 100) / 100 : null,
    gradeMismatch: get(t, 'grade.mismatch'),
  };
};
