import type { ColumnDef } from '../model/definition.ts';
import type { CellValue } from '../model/grid.ts';
import type { CellOutcome } from '../normalize/cell.ts';

/** Distinct values one column remembers; enough for enums, branches and a year of dates. */
const LIMIT = 512;

/**
 * One column's normalised values by raw cell, for a single sheet: a ledger
 * repeats its enums, branches and dates thousands of times, and normalising
 * each copy again (trim, full-width folding, enum keys, date parsing) was
 * most of the validation time. Only successes are kept, so every error is
 * built fresh with its own `expected`. A column of free text, whose values
 * barely repeat, stops being remembered once the memo is full, which bounds
 * the memory to LIMIT entries per column.
 */
export class CellMemo {
  private memo: Map<CellValue, CellOutcome> | null = new Map();
  private hits = 0;
  /** Dates and percentages read the number format: only cells with the first format seen are remembered. */
  private readonly byFormat: boolean;
  private format: string | undefined;

  constructor(col: ColumnDef) {
    this.byFormat = col.type === 'date' || col.type === 'percent';
  }

  /** The remembered outcome of `raw` in this column, if any. */
  get(raw: CellValue, format: string): CellOutcome | undefined {
    if (this.memo === null || (this.byFormat && format !== (this.format ??= format))) return undefined;
    const known = this.memo.get(raw);
    if (known !== undefined) this.hits++;
    return known;
  }

  /** Remembers a freshly computed outcome (a success, while there is room) and hands it back. */
  remember(raw: CellValue, format: string, out: CellOutcome): CellOutcome {
    const memo = this.memo;
    if (memo === null || !out.ok || (this.byFormat && format !== this.format)) return out;
    if (memo.size < LIMIT) memo.set(raw, out);
    // Full: keep it only if it has been paying for itself.
    else if (this.hits < memo.size) this.memo = null;
    return out;
  }
}
