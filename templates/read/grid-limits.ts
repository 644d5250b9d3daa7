import type { Grid } from '../model/grid.ts';
import type { Issue } from '../model/issue.ts';
import { DEFAULT_READ_LIMITS, EXCEL_MAX_COLUMNS, type ReadLimits } from '../xlsx/limits.ts';

/**
 * A grid that arrives as JSON (from the add-in, or anyone with a token) gets
 * the same caps the file reader applies while parsing, before any work is
 * done on it: header search and validation cost time per cell.
 */
export function gridOverLimits(grid: Grid, limits: Pick<ReadLimits, 'maxRows' | 'maxCells'> = DEFAULT_READ_LIMITS): Issue | null {
  const file = grid.source.kind === 'file' ? { file: grid.source.name } : {};
  let cells = 0;
  for (const sheet of grid.sheets) {
    const rows = (sheet.origin?.row ?? 0) + sheet.values.length;
    if (rows > limits.maxRows)
      return { severity: 'error', code: 'file/too-many-rows', ...file, sheet: sheet.name, expected: limits.maxRows, params: { sheet: sheet.name, limit: limits.maxRows } };
    for (const row of sheet.values) {
      if ((sheet.origin?.col ?? 0) + row.length > EXCEL_MAX_COLUMNS)
        return { severity: 'error', code: 'file/corrupt', ...file, sheet: sheet.name, params: { reason: 'columns' } };
      cells += row.length;
    }
    if (cells > limits.maxCells)
      return { severity: 'error', code: 'file/too-many-cells', ...file, sheet: sheet.name, expected: limits.maxCells, params: { limit: limits.maxCells } };
  }
  return null;
}
