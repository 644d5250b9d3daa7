import type { CellValue, GridSheet } from '../model/grid.ts';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, ReadFailure, type ReadLimits } from './limits.ts';
import type { StyleTable } from './read-styles.ts';
import { readCellValue } from './read-cell-value.ts';
import { localName, nameEnd, readAttributes, readCellAttributes, type CellAttributes } from './read-xml-text.ts';
import type { XmlScanner } from './read-xml-stream.ts';

export interface SheetContext {
  name: string;
  hidden: boolean;
  sharedStrings: readonly string[];
  styles: StyleTable;
  date1904: boolean;
  limits: ReadLimits;
  /** Workbook-wide count of grid cells, shared by all sheets. */
  cells: { used: number };
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

  private cell(attrs: CellAttributes, content: string): void {
    let row = this.row < 0 ? 0 : this.row;
    let col = this.col + 1;
    if (attrs.r) [row, col] = parseCellRef(attrs.r, this.ctx.name);
    else if (col >= EXCEL_MAX_COLUMNS) throw corrupt('cell-reference', this.ctx.name);
    this.row = row;
    this.col = col;
    const style = attrs.s ? Number(attrs.s) : 0;
    const value = readCellValue(attrs.t, content, style, this.ctx);
    if (value !== '') this.store(row, col, value, style);
  }

  private store(row: number, col: number, value: CellValue, style: number): void {
    const { limits, cells: budget, name } = this.ctx;
    if (row >= limits.maxRows) throw new ReadFailure('file/too-many-rows', { sheet: name, limit: limits.maxRows }, name);
    let cells = this.rows[row];
    if (!cells) {
      cells = this.rows[row] = [];
      if (row >= this.rowCount) this.rowCount = row + 1;
    }
    if (col < cells.length) cells[col] = value;
    else {
      budget.used += col + 1 - cells.length;
      if (budget.used > limits.maxCells) throw new ReadFailure('file/too-many-cells', { sheet: name, limit: limits.maxCells }, name);
      while (cells.length < col) cells.push('');
      cells.push(value);
    }
    const code = this.ctx.styles.formats[style];
    if (code === undefined || code === 'General') return;
    const formats = (this.formats[row] ??= []);
    while (formats.length < col) formats.push('General');
    formats[col] = code;
    if (row >= this.formatRowCount) this.formatRowCount = row + 1;
  }

  private merge(ref: string | undefined): void {
    if (!ref) return;
    if (this.merges.length >= this.ctx.limits.maxCells) {
      throw new ReadFailure('file/too-many-cells', { sheet: this.ctx.name, limit: this.ctx.limits.maxCells }, this.ctx.name);
    }
    this.merges.push(ref);
  }

  toSheet(): GridSheet {
    const values: CellValue[][] = Array.from({ length: this.rowCount }, (_, r) => this.rows[r] ?? []);
    const numberFormats: string[][] = Array.from({ length: this.formatRowCount }, (_, r) => this.formats[r] ?? []);
    return { name: this.ctx.name, values, numberFormats, origin: { row: 0, col: 0 }, merges: this.merges, hidden: this.ctx.hidden };
  }
}
