import type { ListItem } from '../../templates/summary/spec.ts';
import type { ListTally, SubmissionTally } from '../../templates/summary/tally.ts';
import { INSERT_TALLY, tallyColumns } from './tally-columns.ts';

/** Ids per `IN` list: D1 allows 100 bound parameters per statement. */
export const IDS_PER_QUERY = 90;

/** `items` in consecutive groups of at most `size` (the last one shorter). */
export const groupsOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

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
 * The stored tallies of the period's submissions (counters and list totals):
 * a few hundred bytes per unit and ledger, whatever the number of rows behind
 * them. Which version counts is the caller's to decide from the submission
 * records it already holds (the rule of the counted_submissions view), which
 * spares this query the view's per-row subquery; versions that cannot count
 * (rejected, returned, waiting for review) are left out here already.
 */
export async function periodTallyRows(db: D1Database, org: string, periodCode: string): Promise<Map<string, { version: number; tally: SubmissionTally }>> {
  const { results } = await db
    .prepare(
      `SELECT t.submission_id, t.version, t.counters, t.list_totals
       FROM submissions s JOIN submission_tallies t ON t.submission_id = s.id
       WHERE s.org = ? AND s.period_code = ? AND s.status IN ('accepted', 'accepted_with_warnings') AND (s.review IS NULL OR s.review = 'approved')`,
    )
    .bind(org, periodCode)
    .all<{ submission_id: string; version: number; counters: string; list_totals: string }>();
  return new Map(results.map((r) => [r.submission_id, { version: r.version, tally: { counters: JSON.parse(r.counters), lists: totalsOnly(JSON.parse(r.list_totals)) } }]));
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
