import { pledgeLedger } from '../../catalog/pledge-ledger.ts';
import { nameKey } from '../../rules/name-key.ts';
import type { PledgeFigures } from '../schema.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio, text } from '../tally.ts';
import type { Counter, Figures } from './context.ts';

const SUBJECTS = optionValues(pledgeLedger, 'subjectType');
const CATEGORIES = optionValues(pledgeLedger, 'category');
const STATUSES = optionValues(pledgeLedger, 'status');

export const countPledges: Counter = (t, rows, ctx) => {
  // Same name in two branches is two people; the branch is part of who pledged.
  const pledgers = new Set<string>();
  for (const { row, values: v, derived } of rows) {
    bump(t, 'pledge.total');
    bumpValue(t, 'pledge.subject', v.subjectType ?? null);
    bumpValue(t, 'pledge.category', v.category ?? null);
    bumpValue(t, 'pledge.status', v.status ?? null);
    if (v.subjectType === '党员' && typeof v.pledger === 'string') pledgers.add(`${nameKey(text(v.branch))}|${nameKey(v.pledger)}`);
    if (derived.overdue === true) {
      bump(t, 'pledge.overdue');
      ctx.lists.overduePledges.push({
        unitCode: ctx.unitCode, unitName: ctx.unitName, row,
        pledger: text(v.pledger), subjectType: text(v.subjectType), branch: text(v.branch),
        pledge: text(v.pledge), deadline: text(v.deadline), status: text(v.status),
      });
    }
  }
  bump(t, 'pledge.memberPledgers', pledgers.size);
};

export const pledgeFigures: Figures<PledgeFigures> = (t, head) => {
  const pledges = get(t, 'pledge.total');
  const memberPledgers = get(t, 'pledge.memberPledgers');
  return {
    pledges,
    bySubject: breakdown(t, 'pledge.subject', SUBJECTS),
    byCategory: breakdown(t, 'pledge.category', CATEGORIES),
    byStatus: breakdown(t, 'pledge.status', STATUSES),
    overdue: get(t, 'pledge.overdue'),
    completionRate: ratio(get(t, 'pledge.status.已完成'), pledges),
    memberPledgers,
    memberCoverage: ratio(memberPledgers, head.members),
  };
};
