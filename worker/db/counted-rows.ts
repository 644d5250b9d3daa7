import type { NormalisedRow } from '../../templates/read/validate-grid.ts';

/** Units per query: bounds both the IN list (D1: ≤ 100 bound parameters) and the rows held at once. */
export const UNITS_PER_QUERY = 20;

export interface CountedRow {
  unitCode: string;
  templateId: string;
  row: NormalisedRow;
}

/**
 * The stored rows of the versions that count (counted_submissions) for a few
 * units, in unit, template, row order. Callers walk the organisation in
 * groups of UNITS_PER_QUERY so a summary never holds every unit's rows.
 */
export async function countedRows(db: D1Database, org: string, periodCode: string, unitCodes: readonly string[]): Promise<CountedRow[]> {
  if (unitCodes.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT s.unit_code, s.template_id, r.row_no, r."values", r.derived
       FROM counted_submissions s JOIN submission_rows r ON r.submission_id = s.id
       WHERE s.org = ? AND s.period_code = ? AND s.unit_code IN (${unitCodes.map(() => '?').join(', ')})
       ORDER BY s.unit_code, s.template_id, r.row_no`,
    )
    .bind(org, periodCode, ...unitCodes)
    .all<{ unit_code: string; template_id: string; row_no: number; values: string; derived: string }>();
  return results.map((r) => ({
    unitCode: r.unit_code,
    templateId: r.template_id,
    row: { row: r.row_no, values: JSON.parse(r.values), derived: JSON.parse(r.derived) },
  }));
}
