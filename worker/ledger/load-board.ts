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

/** One period's board (unit × ledger) as the office sees it; 404 when the office set no ledger for that period. */
export async function loadBoard(db: D1Database, org: string, period: string): Promise<Board> {
  const [units, periods, subs] = await Promise.all([listUnits(db, org), listPeriods(db, org, period), listSubmissions(db, org, { periodCode: period })]);
  if (periods.length === 0) throw periodNotSet(period);
  return { units, periods, cells: statusMatrix(units, periods, subs) };
}
