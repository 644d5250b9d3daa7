import type { Scope } from '../app-env.ts';
import { unitsInScope } from '../auth/scope.ts';
import { listPeriods, type PeriodRecord } from '../db/periods.ts';
import { listSubmissions } from '../db/submissions.ts';
import { listUnits, type UnitRecord } from '../db/units.ts';
import { periodNotSet } from '../http/not-found.ts';
import { statusMatrix, type StatusCell } from './status-matrix.ts';

export interface Board {
  units: UnitRecord[];
  periods: PeriodRecord[];
  cells: StatusCell[];
}

/**
 * One period's board (unit × ledger) as the office sees it, or a reviewer its
 * subtree (scope: its root at the top); 404 when the office set no ledger for
 * that period.
 */
export async function loadBoard(db: D1Database, org: string, period: string, scope: Scope | null): Promise<Board> {
  const [all, periods, subs] = await Promise.all([
    listUnits(db, org), listPeriods(db, org, period), listSubmissions(db, org, { periodCode: period, ...(scope ? { unitCodes: scope.codes } : {}) }),
  ]);
  if (periods.length === 0) throw periodNotSet(period);
  const units = unitsInScope(all, scope);
  return { units, periods, cells: statusMatrix(units, periods, subs) };
}
