import { isLate } from '../../templates/model/china-time.ts';
import type { SlotScript } from './plan.ts';
import { addDays, type DemoPeriod } from './periods.ts';

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * The one place the demo writes around the API: uploads of the previous
 * half-year are stamped with the real clock (so all of them would be 逾期), and
 * this moves each to the moment the plan says it arrived, recomputing 逾期 the
 * way the service does; a 党总支's approval of such an upload moves with it, to
 * the next day. Keyed by slot and version, so running it twice is harmless.
 */
export function backdateSql(org: string, plan: readonly SlotScript[], windows: readonly DemoPeriod[]): string[] {
  const out: string[] = [];
  for (const slot of plan) {
    const due = windows.find((w) => w.code === slot.period && w.templateId === slot.templateId)?.due;
    const version = (n: number) =>
      `org = ${lit(org)} AND unit_code = ${lit(slot.unitCode)} AND template_id = ${lit(slot.templateId)} AND period_code = ${lit(slot.period)} AND version = ${n}`;
    let sent = 0;
    let at: string | undefined;
    for (const step of slot.steps) {
      if (step.do !== 'submit') {
        if (at) out.push(`UPDATE review_events SET at = ${lit(`${addDays(at.slice(0, 10), 1)}${at.slice(10)}`)} WHERE org = ${lit(org)} AND submission_id IN (SELECT id FROM submissions WHERE ${version(sent)})`);
        continue;
      }
      sent++;
      at = step.at;
      if (!step.at || !due) continue;
      out.push(`UPDATE submissions SET submitted_at = ${lit(step.at)}, late = ${isLate(new Date(step.at), due) ? 1 : 0} WHERE ${version(sent)}`);
    }
  }
  return out;
}
