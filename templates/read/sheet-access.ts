import type { CellValue, GridSheet } from '../model/grid.ts';

/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row and column → A1 address. */
export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** A1 → 0-based {row, col}. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Absolute (0-based) access to a sheet whose values may start at an origin other than A1. */
export class SheetView {
  readonly originRow: number;
  readonly originCol: number;
  private readonly mergeOwner = new Map<string, { row: number; col: number }>();

  constructor(readonly sheet: GridSheet, mergeRowsUpTo = 40) {
    this.originRow = sheet.origin?.row ?? 0;
    this.originCol = sheet.origin?.col ?? 0;
    // Only merges near the top matter (titles and two-row headers); indexing them all could be huge.
    for (const ref of sheet.merges ?? []) {
      const [from, to] = ref.split(':').map(parseA1);
      if (!from || !to || from.row > mergeRowsUpTo) continue;
      for (let r = from.row; r <= Math.min(to.row, mergeRowsUpTo); r++)
        for (let c = from.col; c <= Math.min(to.col, from.col + 200); c++)
          if (r !== from.row || c !== from.col) this.mergeOwner.set(`${r}:${c}`, from);
    }
  }

  /** One past the last row that has values. */
  get rowEnd(): number {
    return this.originRow + this.sheet.values.length;
  }

  width(row: number): number {
    const r = this.sheet.values[row - this.originRow];
    return r ? this.originCol + r.length : 0;
  }

  value(row: number, col: number): CellValue {
    return this.sheet.values[row - this.originRow]?.[col - this.originCol] ?? '';
  }

  format(row: number, col: number): string {
    return this.sheet.numberFormats?.[row - this.originRow]?.[col - this.originCol] ?? 'General';
  }

  /** The value shown in a cell, taking a merged range's top-left value for every cell it covers. */
  shown(row: number, col: number): CellValue {
    const owner = this.mergeOwner.get(`${row}:${col}`);
    return owner ? this.value(owner.row, owner.col) : this.value(row, col);
  }
}
