import type { DemoTemplate } from './periods.ts';
import { evaluationRows, gradingRows } from './rows-ratings.ts';
import { pledgeRows, rectificationRows } from './rows-pledges.ts';
import { leaderReviewRows, secretaryReviewRows } from './rows-reviews.ts';
import type { RowGenerator } from './types.ts';

/** The row generator of each demo template. */
export const ROW_GENERATORS: Record<DemoTemplate, RowGenerator> = {
  'pledge-ledger': pledgeRows,
  'mass-evaluation': evaluationRows,
  'leader-review': leaderReviewRows,
  'secretary-review': secretaryReviewRows,
  'rectification-ledger': rectificationRows,
  'branch-grading': gradingRows,
};
