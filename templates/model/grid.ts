/**
 * The grid is the one shape both readers produce: the xlsx reader (from file
 * bytes) and the add-in (from Office.js `range.values` + `range.numberFormat`).
 * It deliberately mirrors Office.js: dates stay Excel serial numbers and the
 * number format says whether a number is a date, so both paths normalise the
 * same way and give identical reports.
 */

/** Office.js gives "" for empty cells; the file reader does the same. */
export type CellValue = string | number | boolean;

/** Excel's own cap on the characters of one cell; Office.js never hands the add-in more. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/**
 * The most text one grid cell carries: the file reader cuts a longer cell to
 * one character past Excel's cap, so validation still reports it as too long
 * while the rest is never held; a JSON grid with more is refused outright.
 */
export const MAX_GRID_CELL_CHARS = EXCEL_MAX_CELL_CHARS + 1;

export interface GridSheet {
  name: string;
  /** Row-major values; rows[0][0] is the cell at `origin`. Rows may be ragged. */
  values: CellValue[][];
  /** Same shape as `values` (may be shorter); "General" or missing = no format. */
  numberFormats?: string[][];
  /** Zero-based address of values[0][0]; Office.js usedRange need not start at A1. */
  origin?: { row: number; col: number };
  /** Merged ranges in A1 notation, e.g. "A1:L1". */
  merges?: string[];
  /** Excel's sheet visibility; hidden sheets are still read. */
  hidden?: boolean;
}

export interface Grid {
  sheets: GridSheet[];
  /** Where the grid came from, for messages ("文件 X.xlsx" vs "当前工作簿"). */
  source: { kind: 'file' | 'workbook'; name: string };
  /** Sheet-independent identity found in workbook metadata (defined names, custom properties). */
  identity?: string;
}
