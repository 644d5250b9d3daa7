import { columnLetter, parseA1 } from '../../../templates/read/sheet-access.ts';

export { columnLetter, parseA1 };

/** Excel's grid limits: a mark or a read beyond them is a bad address, not a cell. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "B7" / "$B$7" / "Sheet1!B7" → "B7", or null when it is not one cell inside the grid. */
export function singleCell(ref: string): string | null {
  const bare = ref.slice(ref.lastIndexOf('!') + 1).trim();
  const at = parseA1(bare);
  if (!at || at.row >= MAX_ROWS || at.col >= MAX_COLUMNS || at.row < 0) return null;
  return `${columnLetter(at.col)}${at.row + 1}`;
}

/** 0-based corners → "A1:C3" (one cell → "A1"). */
export function rangeAddress(row: number, col: number, rowCount: number, colCount: number): string {
  const first = `${columnLetter(col)}${row + 1}`;
  if (rowCount === 1 && colCount === 1) return first;
  return `${first}:${columnLetter(col + colCount - 1)}${row + rowCount}`;
}

/**
 * The A1 areas of a RangeAreas address such as "Sheet1!A1:L1, 'My, sheet'!A2:C2".
 * Sheet names may hold commas, so areas are matched rather than split.
 */
export function areasOf(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(/(?:^|!|,\s*)(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g)) out.push(m[1]!.replace(/\$/g, ''));
  return out;
}
