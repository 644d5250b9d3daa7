import type { NormalisedRow } from '../../templates/read/validate-grid.ts';

export interface CountedRow {
  unitCode: string;
  templateId: string;
  row: NormalisedRow;
}

/** Rows per page of one ledger's counted rows: bounds both the response and what is held at once. */
export const ROWS_PER_PAGE = 5000;

/**
 * One page of a ledger's counted rows in the period, in unit and row order,
 * after `after` (keyset pagination through the submissions_by_slot index):
 * the 明细 of one ledger reads page by page, one ledger after another, so its
 * sheet streams out whole before the next begins. `units`: a reviewer's
 * subtree only (null: the whole organisation).
 */
export async function countedRowsPage(
  db: D1Database, org: string, periodCode: string, templateId: string, after: { unitCode: string; row: number } | null,
  units: ReadonlySet<string> | null,
): Promise<CountedRow[]> {
  const { results } = await db
    .prepare(
      `SELECT s.unit_code, r.row_no, r."values", r.derived
       FROM counted_submissions s JOIN submission_rows r ON r.submission_id = s.id
       WHERE s.org = ?1 AND s.period_code = ?2 AND s.template_id = ?3 AND (s.unit_code > ?4 OR (s.unit_code = ?4 AND r.row_no > ?5))
         AND (?7 IS NULL OR s.unit_code IN (SELECT value FROM json_each(?7)))
       ORDER BY s.unit_code, r.row_no LIMIT ?6`,
    )
    .bind(org, periodCode, templateId, after?.unitCode ?? '', after?.row ?? -1, ROWS_PER_PAGE, units ? JSON.stringify([...units]) : null)
    .all<{ unit_code: string; row_no: number; values: string; derived: string }>();
  return results.map((r) => ({ unitCode: r.unit_code, templateId, row: { row: r.row_no, values: JSON.parse(r.values), derived: JSON.parse(r.derived) } }));
}
