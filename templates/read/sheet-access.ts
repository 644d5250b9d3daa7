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

/**
 * Last row (0-based) whose merges are expanded: titles, info lines and
 * two-row headers live above it. The add-in reads the merges of these rows.
 */
export const HEADER_MERGE_ROWS = 40;

/**
 * More merges than this starting in those rows is no ledger's header:
 * validation refuses such a grid (grid-limits.ts), and a view expands no more.
 */
export const MAX_HEADER_MERGES = 2_000;

/** One merged range's columns on one row, and the cell whose value it shows. */
interface MergeSpan {
  from: number;
  to: number;
  owner: { row: number; col: number };
}

/** Absolute (0-based) access to a sheet whose values may start at an origin other than A1. */
export class SheetView {
  readonly originRow: number;
  readonly originCol: number;
  /**
   * Per row of the header area, the merged spans sorted by column. Only merges
   * near the top matter (titles and two-row headers), and a merge costs one
   * span per row it covers there, whatever its width: expanding cells made a
   * sheet of 40,000 wide merges cost 32 s.
   */
  private readonly spans = new Map<number, MergeSpan[]>();

  constructor(readonly sheet: GridSheet, mergeRowsUpTo = HEADER_MERGE_ROWS) {
    this.originRow = sheet.origin?.row ?? 0;
    this.originCol = sheet.origin?.col ?? 0;
    let expanded = 0;
    for (const ref of sheet.merges ?? []) {
      const [from, to] = ref.split(':').map(parseA1);
      if (!from || !to || from.row > mergeRowsUpTo || to.row < from.row || to.col < from.col) continue;
      if (++expanded > MAX_HEADER_MERGES) break;
      for (let r = from.row; r <= Math.min(to.row, mergeRowsUpTo); r++) {
        let row = this.spans.get(r);
        if (!row) this.spans.set(r, (row = []));
        row.push({ from: from.col, to: to.col, owner: from });
      }
    }
    for (const [r, row] of this.spans) this.spans.set(r, disjoint(row));
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
    const span = spanAt(this.spans.get(row), col);
    return span ? this.value(span.owner.row, span.owner.col) : this.value(row, col);
  }
}

/** Sorted by column, keeping the leftmost of overlapping spans (Excel never writes overlaps; a hostile file may). */
function disjoint(spans: MergeSpan[]): MergeSpan[] {
  spans.sort((a, b) => a.from - b.from || a.to - b.to);
  const out: MergeSpan[] = [];
  for (const s of spans) if (out.length === 0 || s.from > out[out.length - 1]!.to) out.push(s);
  return out;
}

/** The span covering `col`, by binary search. */
function spanAt(spans: MergeSpan[] | undefined, col: number): MergeSpan | undefined {
  if (!spans) return undefined;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (col < s.from) hi = mid - 1;
    else if (col > s.to) lo = mid + 1;
    else return s;
  }
  return undefined;
}
