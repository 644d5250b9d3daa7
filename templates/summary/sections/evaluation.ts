import { massEvaluation } from '../../catalog/mass-evaluation.ts';
import type { EvaluationFigures } from '../schema.ts';
import { breakdown, bump, bumpValue, get, int, optionValues, ratio, text } from '../tally.ts';
import type { Counter, Figures } from './context.ts';

const TYPES = optionValues(massEvaluation, 'targetType');
const NUMBERS = ['eligible', 'participants', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'abstained'] as const;

const share = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export const countEvaluation: Counter = (t, rows, ctx) => {
  for (const { row, values: v, derived } of rows) {
    bump(t, 'eval.objects');
    bumpValue(t, 'eval.type', v.targetType ?? null);
    for (const k of NUMBERS) bump(t, `eval.${k}`, int(v[k]));
    if (derived.flagged === true) {
      bump(t, 'eval.flagged');
      ctx.lists.flaggedObjects.push({
        unitCode: ctx.unitCode, unitName: ctx.unitName, row,
        target: text(v.target), targetType: text(v.targetType), branch: text(v.branch),
        participants: int(v.participants), dissatisfied: int(v.dissatisfied),
        dissatisfiedShare: share(derived.dissatisfiedShare), satisfactionRate: share(derived.satisfactionRate),
      });
    }
  }
};

/** `rank` is set by the builder once every row is known. */
export const evaluationFigures: Figures<EvaluationFigures> = (t) => {
  const participants = get(t, 'eval.participants');
  const satisfied = get(t, 'eval.satisfied');
  const basicallySatisfied = get(t, 'eval.basicallySatisfied');
  return {
    objects: get(t, 'eval.objects'),
    byType: breakdown(t, 'eval.type', TYPES),
    eligible: get(t, 'eval.eligible'),
    participants,
    satisfied,
    basicallySatisfied,
    dissatisfied: get(t, 'eval.dissatisfied'),
    abstained: get(t, 'eval.abstained'),
    satisfactionRate: ratio(satisfied + basicallySatisfied, participants),
    satisfiedRate: ratio(satisfied, participants),
    flagged: get(t, 'eval.flagged'),
    rank: null,
  };
};

/** Competition ranking (1, 2, 2, 4) by 满意率, highest first; rows without participants get none. */
export function rankBySatisfaction(rates: readonly (number | null)[]): (number | null)[] {
  const key = (r: number) => Math.round(r * 1e9);
  const known = rates.filter((r): r is number => r !== null).map(key);
  return rates.map((r) => (r === null ? null : 1 + known.filter((k) => k > key(r)).length));
}
