import type { Grid } from '../../../templates/model/grid.ts';

/**
 * What the pane may do to the open workbook. Plain data in, plain data out:
 * the Office.js implementation (addin/src/office/) and the in-memory one
 * (memory-workbook.ts, for browser tests and the no-Office page) are
 * interchangeable behind it.
 */
export interface WorkbookAdapter {
  /** The used range of each sheet (or the named ones), read in chunks that keep each request well under Excel on the web's 5 MB payload limit; produces templates' Grid (source.kind 'workbook'). */
  readGrid(options?: ReadGridOptions): Promise<Grid>;
  /** Fill colour + note on every issue cell, in a constant number of syncs per sheet (not one per issue); remembers each cell's original fill so clearing restores it. */
  markIssues(marks: IssueMark[]): Promise<MarkResult>;
  /** Restores every cell marked earlier (also after the pane reloaded); returns how many cells were restored. */
  clearMarks(): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Insert the sheets of a generated blank template (base64 xlsx) into the open workbook; returns the new sheet names (renamed with a suffix if the name exists). */
  insertTemplate(base64: string): Promise<string[]>;
  /** Write report sheets (tables, optional charts); an existing sheet of the same name is replaced, not duplicated. Text is written as text: a value starting with = + - @ (or full-width ＝＋－＠) appears verbatim and never becomes a formula. */
  writeReportSheets(sheets: ReportSheet[]): Promise<void>;
}

export interface ReadGridOptions {
  sheets?: string[];
  /** Rows read so far and rows to read in all (across sheets). */
  onProgress?: (done: number, total: number) => void;
}

export interface IssueMark {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface MarkResult {
  /** Cells that got a fill (several issues on one cell count once). */
  marked: number;
  /** Marks whose sheet does not exist or whose address is not one cell. */
  skipped: number;
  /** Notes added; 0 when the host lacks notes (ExcelApi 1.18) — the fill is still there. */
  notes: number;
  /** False when the host cannot add notes, so the pane can say why none appear. */
  notesSupported: boolean;
}

export type ReportColumnKind = 'text' | 'int' | 'number' | 'percent' | 'date';

export interface ReportColumn {
  header: string;
  /** Shared by neighbouring columns: written once above them, and in front of each header (组·列) since a table's headers must differ. */
  group?: string;
  kind: ReportColumnKind;
  /** In characters (a CJK character counts two); autofit when absent. */
  width?: number;
}

export interface ReportChart {
  type: 'bar' | 'column' | 'pie';
  /** Series stacked into one bar per category (parts of a whole). */
  stacked?: boolean;
  title: string;
  /** Column index of the category labels. */
  category: number;
  /** Column indexes of the plotted series. */
  values: number[];
}

export interface ReportSheet {
  name: string;
  title: string;
  subtitle?: string;
  columns: ReportColumn[];
  /** Dates as Excel serials or ISO strings (yyyy-mm-dd); percents as fractions (0.95). */
  rows: (string | number | null)[][];
  /** Indexes into `rows` of total rows (bold; left out of charts). */
  totalRowIndex?: number[];
  charts?: ReportChart[];
  /** Column indexes that get data bars. */
  dataBars?: number[];
  /** Lines written as text under the table (how rates are taken, quota checks). */
  notes?: string[];
}
