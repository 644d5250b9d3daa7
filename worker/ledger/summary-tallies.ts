import { templateById } from '../../templates/catalog/index.ts';
import { rowsOfSubmissions, type SubmissionRecord } from '../db/submissions.ts';
import { IDS_PER_QUERY, periodTallyRows, tallyStatement, type StoredTally } from '../db/tallies.ts';
import { tallyFor } from './tally-for.ts';

/** Rows read per backfill query: a few groups of submissions, never one organisation's every row at once. */
const ROWS_PER_QUERY = 5000;
const STATEMENTS_PER_BATCH = 50;

/** Needs counting again: no tally yet (stored before tallies existed) or counted by an older version of the ledger's rules. */
const stale = (t: StoredTally): boolean => {
  const summary = templateById(t.templateId)?.summary;
  return summary !== undefined && (t.tally === null || t.version !== summary.version);
};

/**
 * The tallies of the counted submissions, by submission id. Missing or
 * outdated ones are counted from the stored rows and written back, so only the
 * first summary after a migration or a change of counting rules reads rows;
 * the backfilled ones carry their list entries already.
 */
export async function periodTallies(db: D1Database, org: string, periodCode: string, counted: readonly SubmissionRecord[]): Promise<Map<string, StoredTally>> {
  const rows = await periodTallyRows(db, org, periodCode);
  const stored: StoredTally[] = counted.map((s) => {
    const t = rows.get(s.id);
    return { submissionId: s.id, unitCode: s.unitCode, templateId: s.templateId, version: t?.version ?? null, tally: t?.tally ?? null };
  });
  const out = new Map(stored.map((t) => [t.submissionId, t]));
  const todo = stored.filter(stale);
  const rowCount = new Map(counted.map((s) => [s.id, s.rowCount]));
  const writes: D1PreparedStatement[] = [];
  for (const group of byRowBudget(todo, (t) => rowCount.get(t.submissionId) ?? 0)) {
    const read = await rowsOfSubmissions(db, group.map((t) => t.submissionId));
    for (const t of group) {
      const fresh = tallyFor(t.templateId, read.get(t.submissionId) ?? [])!;
      out.set(t.submissionId, { ...t, version: fresh.version, tally: fresh.tally });
      writes.push(tallyStatement(db, t.submissionId, fresh.version, fresh.tally));
    }
  }
  for (let i = 0; i < writes.length; i += STATEMENTS_PER_BATCH) await db.batch(writes.slice(i, i + STATEMENTS_PER_BATCH));
  return out;
}

/** Groups of at most IDS_PER_QUERY items and (unless one alone is bigger) ROWS_PER_QUERY rows. */
function byRowBudget<T>(items: readonly T[], rowsOf: (t: T) => number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let rows = 0;
  for (const item of items) {
    const n = rowsOf(item);
    if (current.length > 0 && (current.length >= IDS_PER_QUERY || rows + n > ROWS_PER_QUERY)) {
      groups.push(current);
      current = [];
      rows = 0;
    }
    current.push(item);
    rows += n;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
