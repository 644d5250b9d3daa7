import { leaderReview } from '../../catalog/leader-review.ts';
import { secretaryReview } from '../../catalog/secretary-review.ts';
import { nameKey } from '../../rules/name-key.ts';
import type { ReviewFigures } from '../schema.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio, text } from '../tally.ts';
import type { Counter, Figures } from './context.ts';

const METHODS = optionValues(leaderReview, 'method');
const GRADES = optionValues(secretaryReview, 'grade');

export const countLeaderReviews: Counter = (t, rows) => {
  const branches = new Set<string>();
  for (const { values: v } of rows) {
    bump(t, 'review.leader');
    bumpValue(t, 'review.leaderMethod', v.method ?? null);
    if (typeof v.branch === 'string') branches.add(nameKey(v.branch));
  }
  bump(t, 'review.branchesReviewed', branches.size);
};

export const countSecretaryReviews: Counter = (t, rows) => {
  const members = new Set<string>();
  for (const { values: v } of rows) {
    bump(t, 'review.secretary');
    bumpValue(t, 'review.secretaryMethod', v.method ?? null);
    bumpValue(t, 'review.grade', v.grade ?? null);
    if (typeof v.member === 'string') members.add(`${nameKey(text(v.branch))}|${nameKey(v.member)}`);
  }
  bump(t, 'review.membersReviewed', members.size);
};

export const reviewFigures: Figures<ReviewFigures> = (t, head) => ({
  leaderReviews: get(t, 'review.leader'),
  leaderByMethod: breakdown(t, 'review.leaderMethod', METHODS),
  branchesReviewed: get(t, 'review.branchesReviewed'),
  branchCoverage: ratio(get(t, 'review.branchesReviewed'), head.branches),
  secretaryReviews: get(t, 'review.secretary'),
  secretaryByMethod: breakdown(t, 'review.secretaryMethod', METHODS),
  secretaryByGrade: breakdown(t, 'review.grade', GRADES),
  membersReviewed: get(t, 'review.membersReviewed'),
  memberCoverage: ratio(get(t, 'review.membersReviewed'), head.members),
});
