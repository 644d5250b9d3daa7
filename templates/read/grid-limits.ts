import { EXCEL_MAX_CELL_CHARS, MAX_GRID_CELL_CHARS, type Grid, type GridSheet } from '../model/grid.ts';
import type { Issue } from '../model/issue.ts';
import { DEFAULT_READ_LIMITS, EXCEL_MAX_COLUMNS, type ReadLimits } from '../xlsx/limits.ts';
import { a1, HEADER_MERGE_ROWS, MAX_HEADER_MERGES, parseA1 } from './sheet-access.ts';

type GridLimits = Pick<ReadLimits, 'maxRows' | 'maxCells'> & Partial<Pick<ReadLimits, 'maxMerges'>>;

/**
 * File and sheet names are repeated in every issue of a report (up to a
 * thousand): a name of megabytes would make the report gigabytes. No file
 * system or spreadsheet allows more than this.
 */
const MAX_NAME_CHARS = 255;

/**
 * A grid that arrives as JSON (from the add-in, or anyone with a token) gets
 * the same caps the file reader applies while parsing, before any work is
 * done on it: header search and validation cost time per cell, and every
 * normaliser costs time per character, so a cell is never longer than the
 * reader itself would hand over (MAX_GRID_CELL_CHARS).
 */
export function gridOverLimits(grid: Grid, limits: GridLimits = DEFAULT_READ_LIMITS): Issue | null {
  if (grid.source.name.length > MAX_NAME_CHARS || grid.sheets.some((s) => s.name.length > MAX_NAME_CHARS))
    return { severity: 'error', code: 'file/corrupt', params: { reason: 'name-too-long', limit: MAX_NAME_CHARS } };
  const file = grid.source.kind === 'file' ? { file: grid.source.name } : {};
  const maxMerges = limits.maxMerges ?? DEFAULT_READ_LIMITS.maxMerges;
  let cells = 0;
  let merges = 0;
  for (const sheet of grid.sheets) {
    const at = { ...file, sheet: sheet.name };
    const rows = (sheet.origin?.row ?? 0) + sheet.values.length;
    if (rows > limits.maxRows)
      return { severity: 'error', code: 'file/too-many-rows', ...at, expected: limits.maxRows, params: { sheet: sheet.name, limit: limits.maxRows } };
    for (const row of sheet.values) {
      if ((sheet.origin?.col ?? 0) + row.length > EXCEL_MAX_COLUMNS)
        return { severity: 'error', code: 'file/corrupt', ...at, params: { reason: 'columns' } };
      cells += row.length;
    }
    if (cells > limits.maxCells)
      return { severity: 'error', code: 'file/too-many-cells', ...at, expected: limits.maxCells, params: { limit: limits.maxCells } };
    merges += sheet.merges?.length ?? 0;
    if (merges > maxMerges)
      return { severity: 'error', code: 'file/too-many-merges', ...at, expected: maxMerges, params: { sheet: sheet.name, limit: maxMerges } };
    if (headerMerges(sheet) > MAX_HEADER_MERGES) {
      const params = { sheet: sheet.name, limit: MAX_HEADER_MERGES, rows: HEADER_MERGE_ROWS + 1 };
      return { severity: 'error', code: 'file/too-many-merges', ...at, expected: MAX_HEADER_MERGES, params };
    }
    const long = overlongCell(sheet);
    if (long) return { severity: 'error', code: 'file/cell-too-long', ...at, cell: long, expected: EXCEL_MAX_CELL_CHARS, params: { sheet: sheet.name, cell: long, limit: EXCEL_MAX_CELL_CHARS } };
  }
  return null;
}

/** Merges starting in the rows a SheetView expands. */
function headerMerges(sheet: GridSheet): number {
  let n = 0;
  for (const ref of sheet.merges ?? []) {
    const colon = ref.indexOf(':');
    const from = parseA1(colon < 0 ? ref : ref.slice(0, colon));
    if (from && from.row <= HEADER_MERGE_ROWS) n++;
  }
  return n;
}

/** A1 address of the first cell holding more text than a grid may carry. */
function overlongCell(sheet: GridSheet): string | null {
  const { values } = sheet;
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.length > MAX_GRID_CELL_CHARS) return a1((sheet.origin?.row ?? 0) + r, (sheet.origin?.col ?? 0) + c);
    }
  }
  return null;
}
