import { rectificationLedger } from '../../catalog/rectification-ledger.ts';
import type { RectificationFigures } from '../schema.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio, text } from '../tally.ts';
import type { Counter, Figures } from './context.ts';

const ORIGINS = optionValues(rectificationLedger, 'origin');
const STATUSES = optionValues(rectificationLedger, 'status');
const VERIFICATIONS = optionValues(rectificationLedger, 'verification');

export const countRectification: Counter = (t, rows, ctx) => {
  for (const { row, values: v, derived } of rows) {
    bump(t, 'rect.items');
    bumpValue(t, 'rect.origin', v.origin ?? null);
    bumpValue(t, 'rect.status', v.status ?? null);
    bumpValue(t, 'rect.verification', v.verification ?? null);
    if (derived.overdue === true) {
      bump(t, 'rect.overdue');
      ctx.lists.overdueRectifications.push({
        unitCode: ctx.unitCode, unitName: ctx.unitName, row,
        origin: text(v.origin), problem: text(v.problem), responsibleUnit: text(v.responsibleUnit),
        responsiblePerson: text(v.responsiblePerson), deadline: text(v.deadline), status: text(v.status),
      });
    }
  }
};

export const rectificationFigures: Figures<RectificationFigures> = (t) => ({
  items: get(t, 'rect.items'),
  byOrigin: breakdown(t, 'rect.origin', ORIGINS),
  byStatus: breakdown(t, 'rect.status', STATUSES),
  byVerification: breakdown(t, 'rect.verification', VERIFICATIONS),
  overdue: get(t, 'rect.overdue'),
  rectifiedRate: ratio(get(t, 'rect.status.已整改'), get(t, 'rect.items')),
});
