import { EXCEL_MAX_CELL_CHARS, MAX_GRID_CELL_CHARS, type CellValue, type GridSheet } from '../model/grid.ts';
import { a1 } from '../read/sheet-access.ts';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, MAX_ELEMENT_CHARS, ReadFailure, type ReadLimits } from './limits.ts';
import type { StyleTable } from './read-styles.ts';
import { OVERLONG_STRING, readCellValue } from './read-cell-value.ts';
import { detached, localName, nameEnd, readAttributes, readCellAttributes, type CellAttributes } from './read-xml-text.ts';
import type { XmlScanner } from './read-xml-stream.ts';
import type { GridBudget } from './grid-budget.ts';

export interface SheetContext {
  name: string;
  hidden: boolean;
  sharedStrings: readonly string[];
  /** Shared-string indexes whose XML was too long to hold (see SharedStringsScanner). */
  overlongStrings: ReadonlySet<number>;
  styles: StyleTable;
  date1904: boolean;
  limits: ReadLimits;
  /** Workbook-wide counts of cells, merges and bytes, shared by all sheets and the string table. */
  budget: GridBudget;
}

/** Worksheet children that follow <mergeCells> (ECMA-376 CT_Worksheet order): nothing after them is needed. */
const AFTER_MERGES = new Set([
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

const corrupt = (reason: string, sheet: string): ReadFailure => new ReadFailure('file/corrupt', { reason, sheet }, sheet);

/** Parses "XFD1048576" into zero-based [row, col]; refuses anything outside Excel's grid. */
function parseCellRef(ref: string, sheet: string): [number, number] {
  let i = 0;
  let col = 0;
  let row = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
    if (col > EXCEL_MAX_COLUMNS) throw corrupt('cell-reference', sheet);
  }
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
    if (row > EXCEL_MAX_ROWS) throw corrupt('cell-reference', sheet);
  }
  if (i !== ref.length || col === 0 || i === digitsFrom || row === 0) throw corrupt('cell-reference', sheet);
  return [row - 1, col - 1];
}

/**
 * Turns a worksheet's XML, fed piece by piece, into a grid sheet. Only cells
 * with a value are stored, so styled blanks and formatted empty rows cost
 * nothing; the row and cell caps are checked before anything is allocated
 * for a cell, so one cell at XFD1048576 cannot make a huge array.
 */
export class SheetScanner implements XmlScanner {
  done = false;
  private readonly rows: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly merges: string[] = [];
  private rowCount = 0;
  private formatRowCount = 0;
  private row = -1;
  private col = -1;
  private afterData = false;
  private readonly attrs: CellAttributes = { r: undefined, s: undefined, t: undefined };

  constructor(private readonly ctx: SheetContext) {}

  scan(text: string, _final: boolean): number {
    let i = 0;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) return text.length;
      if (lt + 1 >= text.length) return lt;
      const c1 = text.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
        const closer = text.startsWith('<!--', lt) ? '-->' : text.startsWith('<![CDATA[', lt) ? ']]>' : '>';
        const close = text.indexOf(closer, lt + 2);
        if (close < 0) return lt;
        i = close + closer.length;
        continue;
      }
      const gt = text.indexOf('>', lt);
      if (gt < 0) return lt;
      if (c1 === 47 /* / */) {
        const local = localName(text.slice(lt + 2, nameEnd(text, lt + 2)));
        if (local === 'mergeCells') {
          this.done = true;
          return gt + 1;
        }
        if (local === 'sheetData') this.afterData = true;
        i = gt + 1;
        continue;
      }
      const end = nameEnd(text, lt + 1);
      const qname = text.slice(lt + 1, end);
      const local = qname.length === 1 ? qname : localName(qname);
      const empty = text.charCodeAt(gt - 1) === 47;
      if (local === 'c') {
        let content = '';
        let next = gt + 1;
        if (!empty) {
          const close = text.indexOf(qname === 'c' ? '</c>' : `</${qname}>`, gt + 1);
          // Judged on the element's length, complete or not, so the outcome does not depend on how the stream was cut.
          if ((close < 0 ? text.length : close) - lt > MAX_ELEMENT_CHARS) {
            readCellAttributes(text, end, gt, this.attrs);
            throw this.tooLong(...this.position(this.attrs));
          }
          if (close < 0) return lt;
          content = text.slice(gt + 1, close);
          next = close + qname.length + 3;
        }
        readCellAttributes(text, end, empty ? gt - 1 : gt, this.attrs);
        this.cell(this.attrs, content);
        i = next;
        continue;
      }
      if (local === 'row') {
        const r = readAttributes(text, end, gt).r;
        this.row = r ? Number(r) - 1 : this.row + 1;
        if (!Number.isInteger(this.row) || this.row < 0 || this.row >= EXCEL_MAX_ROWS) throw corrupt('row-number', this.ctx.name);
        this.col = -1;
      } else if (local === 'mergeCell') {
        this.merge(readAttributes(text, end, gt).ref);
      } else if (this.afterData && AFTER_MERGES.has(local)) {
        this.done = true;
        return gt + 1;
      }
      i = gt + 1;
    }
  }

  /** Zero-based [row, col] of a cell: its `r`, or the one after the previous cell. */
  private position(attrs: CellAttributes): [number, number] {
    if (attrs.r) return parseCellRef(attrs.r, this.ctx.name);
    const col = this.col + 1;
    if (col >= EXCEL_MAX_COLUMNS) throw corrupt('cell-reference', this.ctx.name);
    return [this.row < 0 ? 0 : this.row, col];
  }

  private cell(attrs: CellAttributes, content: string): void {
    const [row, col] = this.position(attrs);
    this.row = row;
    this.col = col;
    const style = attrs.s ? Number(attrs.s) : 0;
    const value = readCellValue(attrs.t, content, style, this.ctx);
    if (value === OVERLONG_STRING) throw this.tooLong(row, col);
    if (value === '') return;
    // Shared strings are already their own; inline text is cut from the piece being scanned.
    if (typeof value !== 'string' || attrs.t === 's') this.store(row, col, value, style, false);
    else this.store(row, col, detached(value.length > MAX_GRID_CELL_CHARS ? value.slice(0, MAX_GRID_CELL_CHARS) : value), style, true);
  }

  /** A cell whose XML is far past anything Excel writes: the file is refused, naming the cell. */
  private tooLong(row: number, col: number): ReadFailure {
    const { name } = this.ctx;
    const cell = a1(row, col);
    return new ReadFailure('file/cell-too-long', { sheet: name, cell, limit: EXCEL_MAX_CELL_CHARS }, name, cell);
  }

  private store(row: number, col: number, value: CellValue, style: number, fresh: boolean): void {
    const { limits, budget, name } = this.ctx;
    if (row >= limits.maxRows) throw new ReadFailure('file/too-many-rows', { sheet: name, limit: limits.maxRows }, name);
    let cells = this.rows[row];
    if (!cells) {
      budget.addRow(name);
      cells = this.rows[row] = [];
      if (row >= this.rowCount) this.rowCount = row + 1;
    }
    // Charged before anything is allocated, so one cell at XFD1 cannot make a huge row first.
    budget.addCell(Math.max(0, col + 1 - cells.length), value, fresh, name);
    if (col < cells.length) cells[col] = value;
    else {
      while (cells.length < col) cells.push('');
      cells.push(value);
    }
    const code = this.ctx.styles.formats[style];
    if (code === undefined || code === 'General') return;
    let formats = this.formats[row];
    if (!formats) {
      budget.addRow(name);
      formats = this.formats[row] = [];
    }
    budget.addFormatSlots(Math.max(0, col + 1 - formats.length), name);
    while (formats.length < col) formats.push('General');
    formats[col] = code;
    if (row >= this.formatRowCount) this.formatRowCount = row + 1;
  }

  private merge(ref: string | undefined): void {
    if (!ref) return;
    this.ctx.budget.addMerge(ref, this.ctx.name);
    this.merges.push(detached(ref));
  }

  toSheet(): GridSheet {
    const values: CellValue[][] = Array.from({ length: this.rowCount }, (_, r) => this.rows[r] ?? []);
    const numberFormats: string[][] = Array.from({ length: this.formatRowCount }, (_, r) => this.formats[r] ?? []);
    return { name: this.ctx.name, values, numberFormats, origin: { row: 0, col: 0 }, merges: this.merges, hidden: this.ctx.hidden };
  }
}
