import type { Params, RowRule, RowValues } from '../model/definition.ts';
import { find } from './row-rules.ts';

/** A grade and the param holding its lowest score; bands run from the best grade down. */
export interface GradeBand<P extends Params> {
  grade: string;
  minParam: keyof P & string;
}

/** The grade a score implies: the first band whose minimum it reaches, else `below`. */
export function gradeForScore<P extends Params>(
  score: number,
  bands: readonly GradeBand<P>[],
  below: string,
  params: P,
): string {
  return bands.find((b) => score >= (params[b.minParam] ?? Infinity))?.grade ?? below;
}

export interface GradeRuleSpec<P extends Params> {
  /** Column of the self-assessed grade (自评等次). */
  grade: string;
  /** The score the grade is judged on; null when it cannot be known. */
  score: (row: RowValues) => number | null;
  bands: readonly GradeBand<P>[];
  below: string;
  describe: string;
}

/**
 * A self-assessed grade that disagrees with its score is a warning
 * (row/grade-mismatch), not an error: the 党委 may grade a branch down for a
 * reason the score does not show, but the office wants to see that it happened.
 */
export function gradeMatchesScore<P extends Params>(spec: GradeRuleSpec<P>): RowRule<P> {
  return {
    id: `grade-matches:${spec.grade}`,
    describe: spec.describe,
    check: (row, ctx) => {
      const score = spec.score(row);
      const given = row[spec.grade];
      if (score === null || typeof given !== 'string' || given === '') return [];
      const implied = gradeForScore(score, spec.bands, spec.below, ctx.params);
      return implied !== given ? [find('row/grade-mismatch', 'warning', spec.grade, { score }, implied)] : [];
    },
  };
}
