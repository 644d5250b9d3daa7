import type { CellValue } from '../model/grid.ts';
import { ReadFailure, type ReadLimits } from './limits.ts';

/**
 * Estimated heap cost of what the grid holds, per item, on 64-bit V8 without
 * pointer compression (Node; workerd's compressed pointers make the real cost
 * lower). A string's header plus the view that detaches it (see `detached`)
 * is about 56 bytes before its characters, two bytes each at worst. Checked
 * against the live heap of a read 100,000-row ledger: 37 MB live, ~40 MB
 * estimated.
 */
const SLOT_BYTES = 8;
const NUMBER_BYTES = 16;
const STRING_BYTES = 56;
/** A row's array: the object and its backing store's header. */
const ROW_BYTES = 64;

const stringBytes = (s: string): number => STRING_BYTES + 2 * s.length;

/**
 * The workbook-wide counts that keep a grid within memory, shared by the
 * shared-string table and every sheet: cells (with the blanks a ragged row
 * needs), merged ranges, and the estimated bytes of all of it. The byte
 * estimate is what bounds a file of a million distinct strings, which the
 * cell count alone lets through at ~100 MB.
 */
export class GridBudget {
  cells = 0;
  merges = 0;
  bytes = 0;

  constructor(readonly limits: ReadLimits) {}

  /** A value stored in `sheet` that took `newSlots` more grid slots; `fresh` when its string is the grid's own copy. */
  addCell(newSlots: number, value: CellValue, fresh: boolean, sheet: string): void {
    this.cells += newSlots;
    if (this.cells > this.limits.maxCells) throw new ReadFailure('file/too-many-cells', { sheet, limit: this.limits.maxCells }, sheet);
    const own = typeof value === 'number' ? NUMBER_BYTES : fresh && typeof value === 'string' ? stringBytes(value) : 0;
    this.charge(newSlots * SLOT_BYTES + own, sheet);
  }

  /** A new row array (of values or of number formats). */
  addRow(sheet: string): void {
    this.charge(ROW_BYTES, sheet);
  }

  addFormatSlots(newSlots: number, sheet: string): void {
    this.charge(newSlots * SLOT_BYTES, sheet);
  }

  /** One entry of the shared-string table. */
  addString(s: string): void {
    this.charge(SLOT_BYTES + stringBytes(s));
  }

  addMerge(ref: string, sheet: string): void {
    if (++this.merges > this.limits.maxMerges) throw new ReadFailure('file/too-many-merges', { sheet, limit: this.limits.maxMerges }, sheet);
    this.charge(SLOT_BYTES + stringBytes(ref), sheet);
  }

  private charge(bytes: number, sheet?: string): void {
    this.bytes += bytes;
    if (this.bytes > this.limits.maxGridBytes) {
      throw new ReadFailure('file/too-large', { limit: this.limits.maxGridBytes, measure: 'grid', ...(sheet ? { sheet } : {}) }, sheet);
    }
  }
}
