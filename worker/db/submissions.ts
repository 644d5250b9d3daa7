import type { NormalisedRow } from '../../templates/read/validate-grid.ts';
import type { SubmissionTally } from '../../templates/summary/tally.ts';
import { tallyStatement } from './tallies.ts';

export type { ReviewState, SubmissionStatus } from '../../templates/summary/index.ts';
import type { ReviewState, SubmissionStatus } from '../../templates/summary/index.ts';

/** A reviewing unit, or null for the 机关党委 (the admin). */
export type ReviewerRef = { unitCode: string; name: string } | null;

export interface SubmissionRecord {
  id: string;
  unitCode: string;
  templateId: string;
  periodCode: string;
  version: number;
  submittedAt: string;
  submittedBy: string;
  sha256: string;
  source: 'file' | 'grid';
  fileName: string;
  hasFile: boolean;
  status: SubmissionStatus;
  late: boolean;
  errors: number;
  warnings: number;
  rowCount: number;
  /** Data rows in the ledger as read (valid or not). */
  rowsRead: number;
  /** Declared in 基本信息: nothing to report this period. */
  nilReturn: boolean;
  returnComment: string | null;
  returnedAt: string | null;
  /** 逐级审核: null when its ledger needs no review (or it was rejected or returned). */
  review: ReviewState | null;
  /** Who returned it: a reviewing unit, or null for the 机关党委 (and when it was not returned). */
  returnedBy: ReviewerRef;
}

export interface NewSubmission {
  id: string;
  org: string;
  unitCode: string;
  templateId: string;
  periodCode: string;
  submittedAt: string;
  submittedBy: string;
  tokenId: string;
  sha256: string;
  r2Key: string | null;
  source: 'file' | 'grid';
  fileName: string;
  status: SubmissionStatus;
  late: boolean;
  errors: number;
  warnings: number;
  rowsRead: number;
  nilReturn: boolean;
  review: ReviewState | null;
  report: string;
}

interface SubmissionRow {
  id: string;
  unit_code: string;
  template_id: string;
  period_code: string;
  version: number;
  submitted_at: string;
  submitted_by: string;
  sha256: string;
  r2_key: string | null;
  source: 'file' | 'grid';
  file_name: string;
  status: SubmissionStatus;
  late: number;
  errors: number;
  warnings: number;
  row_count: number;
  rows_read: number;
  nil_return: number;
  return_comment: string | null;
  returned_at: string | null;
  review: ReviewState | null;
  returned_by: string | null;
  returned_by_name: string | null;
}

const COLUMNS = `id, unit_code, template_id, period_code, version, submitted_at, submitted_by, sha256, r2_key, source, file_name,
  status, late, errors, warnings, row_count, rows_read, nil_return, return_comment, returned_at, review, returned_by,
  (SELECT name FROM units WHERE units.org = submissions.org AND units.code = submissions.returned_by) AS returned_by_name`;

/** The unit a reviewer is, with its name as the unit list has it now (its code when it left the list). */
export const reviewerRef = (code: string | null, name: string | null): ReviewerRef => (code === null ? null : { unitCode: code, name: name ?? code });

const toRecord = (r: SubmissionRow): SubmissionRecord => ({
  id: r.id, unitCode: r.unit_code, templateId: r.template_id, periodCode: r.period_code, version: r.version,
  submittedAt: r.submitted_at, submittedBy: r.submitted_by, sha256: r.sha256, source: r.source, fileName: r.file_name,
  hasFile: r.r2_key !== null, status: r.status, late: r.late === 1, errors: r.errors, warnings: r.warnings, rowCount: r.row_count, rowsRead: r.rows_read, nilReturn: r.nil_return === 1,
  returnComment: r.return_comment, returnedAt: r.returned_at,
  review: r.review, returnedBy: r.status === 'returned' ? reviewerRef(r.returned_by, r.returned_by_name) : null,
});

/** D1 allows 100 bound parameters per statement; a row takes 4. */
const ROWS_PER_STATEMENT = 25;
/** Statements per batch (one transaction each); keeps a huge ledger from becoming one oversized call. */
const STATEMENTS_PER_BATCH = 50;

/**
 * The version is computed inside the INSERT itself, so concurrent uploads to
 * one slot are serialised by D1 and each gets the next number; the UNIQUE
 * constraint is the backstop.
 */
const insertSubmissionSql = `INSERT INTO submissions (id, org, unit_code, template_id, period_code, version, submitted_at, submitted_by,
  token_id, sha256, r2_key, source, file_name, status, late, errors, warnings, row_count, report, rows_read, nil_return, review)
SELECT ?1, ?2, ?3, ?4, ?5, COALESCE(MAX(version), 0) + 1, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21
FROM submissions WHERE org = ?2 AND unit_code = ?3 AND template_id = ?4 AND period_code = ?5
RETURNING version`;

/**
 * Rows first, then the tally, the submission last (in the final batch): a
 * submission becomes visible only when all its rows and its tally are stored.
 * A failure part-way leaves rows no submission points at, which nothing reads.
 */
export async function insertSubmission(
  db: D1Database, s: NewSubmission, rows: readonly NormalisedRow[], tally: { version: number; tally: SubmissionTally } | null = null,
): Promise<number> {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const sql = `INSERT INTO submission_rows (submission_id, row_no, "values", derived) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`;
    statements.push(db.prepare(sql).bind(...chunk.flatMap((r) => [s.id, r.row, JSON.stringify(r.values), JSON.stringify(r.derived)])));
  }
  if (tally) statements.push(tallyStatement(db, s.id, tally.version, tally.tally));
  statements.push(
    db.prepare(insertSubmissionSql).bind(
      s.id, s.org, s.unitCode, s.templateId, s.periodCode, s.submittedAt, s.submittedBy, s.tokenId, s.sha256, s.r2Key,
      s.source, s.fileName, s.status, s.late ? 1 : 0, s.errors, s.warnings, rows.length, s.report, s.rowsRead, s.nilReturn ? 1 : 0, s.review,
    ),
  );
  let results: D1Result[] = [];
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    results = await db.batch(statements.slice(i, i + STATEMENTS_PER_BATCH));
  }
  const version = (results.at(-1)?.results[0] as { version?: number } | undefined)?.version;
  if (typeof version !== 'number') throw new Error('submission insert returned no version');
  return version;
}

export interface SubmissionFilter {
  unitCode?: string;
  /** Only these units' (a reviewer's subtree); one JSON parameter however many there are. */
  unitCodes?: ReadonlySet<string>;
  periodCode?: string;
  templateId?: string;
}

export async function listSubmissions(db: D1Database, org: string, filter: SubmissionFilter = {}): Promise<SubmissionRecord[]> {
  const where = ['org = ?'];
  const params: string[] = [org];
  if (filter.unitCode !== undefined) where.push('unit_code = ?'), params.push(filter.unitCode);
  if (filter.unitCodes !== undefined) where.push('unit_code IN (SELECT value FROM json_each(?))'), params.push(JSON.stringify([...filter.unitCodes]));
  if (filter.periodCode !== undefined) where.push('period_code = ?'), params.push(filter.periodCode);
  if (filter.templateId !== undefined) where.push('template_id = ?'), params.push(filter.templateId);
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM submissions WHERE ${where.join(' AND ')} ORDER BY period_code DESC, unit_code, template_id, version`)
    .bind(...params)
    .all<SubmissionRow>();
  return results.map(toRecord);
}

/**
 * One submission of the org; with `units` (a unit caller's own unit, or a
 * reviewer's subtree) only theirs, so another unit's id reads exactly like an
 * id that does not exist.
 */
export async function getSubmission(
  db: D1Database, org: string, id: string, units: ReadonlySet<string> | null,
): Promise<(SubmissionRecord & { report: string; r2Key: string | null }) | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS}, report FROM submissions WHERE org = ?1 AND id = ?2`)
    .bind(org, id)
    .first<SubmissionRow & { report: string }>();
  if (!row || (units !== null && !units.has(row.unit_code))) return null;
  return { ...toRecord(row), report: row.report, r2Key: row.r2_key };
}

/** The stored rows of several submissions (≤ 90 ids), by submission id, in row order. */
export async function rowsOfSubmissions(db: D1Database, ids: readonly string[]): Promise<Map<string, NormalisedRow[]>> {
  const out = new Map<string, NormalisedRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const { results } = await db
    .prepare(`SELECT submission_id, row_no, "values", derived FROM submission_rows WHERE submission_id IN (${ids.map(() => '?').join(', ')}) ORDER BY submission_id, row_no`)
    .bind(...ids)
    .all<{ submission_id: string; row_no: number; values: string; derived: string }>();
  for (const r of results) out.get(r.submission_id)!.push({ row: r.row_no, values: JSON.parse(r.values), derived: JSON.parse(r.derived) });
  return out;
}

export async function submissionRows(db: D1Database, id: string): Promise<{ row: number; values: unknown; derived: unknown }[]> {
  const { results } = await db
    .prepare('SELECT row_no, "values", derived FROM submission_rows WHERE submission_id = ? ORDER BY row_no')
    .bind(id)
    .all<{ row_no: number; values: string; derived: string }>();
  return results.map((r) => ({ row: r.row_no, values: JSON.parse(r.values), derived: JSON.parse(r.derived) }));
}

/** The ids of the versions that count in a period (the counted_submissions view: one rule for every reader). */
export async function countedSubmissionIds(db: D1Database, org: string, periodCode: string): Promise<Set<string>> {
  const { results } = await db
    .prepare('SELECT id FROM counted_submissions WHERE org = ? AND period_code = ?')
    .bind(org, periodCode)
    .all<{ id: string }>();
  return new Set(results.map((r) => r.id));
}

/** The newest version of one slot (any status), with its report: what a re-send is compared with. */
export async function latestInSlot(
  db: D1Database, org: string, slot: { unitCode: string; templateId: string; periodCode: string },
): Promise<(SubmissionRecord & { report: string }) | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS}, report FROM submissions WHERE org = ? AND unit_code = ? AND template_id = ? AND period_code = ? ORDER BY version DESC LIMIT 1`)
    .bind(org, slot.unitCode, slot.templateId, slot.periodCode)
    .first<SubmissionRow & { report: string }>();
  return row ? { ...toRecord(row), report: row.report } : null;
}
