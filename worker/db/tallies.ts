import type { ListItem } from '../../templates/summary/spec.ts';
import type { ListTally, SubmissionTally } from '../../templates/summary/tally.ts';
import { INSERT_TALLY, tallyColumns } from './tally-columns.ts';

/** Ids per `IN` list: D1 allows 100 bound parameters per statement. */
export const IDS_PER_QUERY = 90;

/** A counted submission of a period with its stored tally, if any; list entries are read separately. */
export interface StoredTally {
  submissionId: string;
  unitCode: string;
  templateId: string;
  /** The counting version the tally was made with; null when there is none yet. */
  version: number | null;
  tally: SubmissionTally | null;
}

/** The statement that stores (or replaces) one submission's tally; the caller batches it. */
export function tallyStatement(db: D1Database, submissionId: string, version: number, tally: SubmissionTally): D1PreparedStatement {
  return db.prepare(INSERT_TALLY).bind(submissionId, version, ...tallyColumns(tally));
}

/**
 * Every counted submission of the period (the counted_submissions view) with
 * its tally's counters and list totals: one row per unit and ledger, a few
 * hundred bytes each, whatever the number of rows behind it.
 */
export async function countedTallies(db: D1Database, org: string, periodCode: string): Promise<StoredTally[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.unit_code, s.template_id, t.version, t.counters, t.list_totals
       FROM counted_submissions s LEFT JOIN submission_tallies t ON t.submission_id = s.id
       WHERE s.org = ? AND s.period_code = ?`,
    )
    .bind(org, periodCode)
    .all<{ id: string; unit_code: string; template_id: string; version: number | null; counters: string | null; list_totals: string | null }>();
  return results.map((r) => ({
    submissionId: r.id,
    unitCode: r.unit_code,
    templateId: r.template_id,
    version: r.version,
    tally: r.counters === null ? null : { counters: JSON.parse(r.counters), lists: totalsOnly(JSON.parse(r.list_totals ?? '{}')) },
  }));
}

const totalsOnly = (totals: Record<string, number>): Record<string, ListTally> =>
  Object.fromEntries(Object.entries(totals).map(([k, total]) => [k, { total }]));

/** The stored list entries of some submissions (≤ IDS_PER_QUERY ids), by submission id. */
export async function listItems(db: D1Database, ids: readonly string[]): Promise<Map<string, Record<string, ListItem[]>>> {
  if (ids.length === 0) return new Map();
  const { results } = await db
    .prepare(`SELECT submission_id, list_items FROM submission_tallies WHERE submission_id IN (${ids.map(() => '?').join(', ')})`)
    .bind(...ids)
    .all<{ submission_id: string; list_items: string }>();
  return new Map(results.map((r) => [r.submission_id, JSON.parse(r.list_items)]));
}
