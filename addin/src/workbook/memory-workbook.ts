import type { CellValue, Grid, GridSheet } from '../../../templates/model/grid.ts';
import { readWorkbook } from '../../../templates/xlsx/read-workbook.ts';
import type { IssueMark, MarkResult, ReadGridOptions, ReportSheet, WorkbookAdapter } from './adapter.ts';
import { sheetMissingError, WorkbookError } from './errors.ts';
import { groupMarks, isOurNote, MARK_SETTING_KEY, parseMarkStore, type MarkStore } from './marks.ts';
import { GROUP_ROW, HEADER_ROW, layoutReportSheet, SUBTITLE_ROW, TEXT_FORMAT, TITLE_ROW, type ChartPlan } from './report-layout.ts';
import { cleanSheetName, sameSheetName, tableNameFor, uniqueSheetName } from './sheet-names.ts';
import { base64ToBytes, renameXlsxSheets, xlsxSheetNames } from './xlsx-sheets.ts';
import { singleCell } from './a1.ts';

export interface MemorySheet extends GridSheet {
  id: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Fill per A1 cell; absent = no fill. */
  fills: Map<string, string>;
  notes: Map<string, string>;
  tables: { name: string; address: string }[];
  charts: ChartPlan[];
  dataBars: string[];
  boldRows: string[];
}

export interface MemoryWorkbookOptions {
  /** Pretend the host lacks notes (ExcelApi 1.18), as older Excel does. */
  notes?: boolean;
  name?: string;
}

/**
 * An in-memory workbook behind the same adapter as Excel: the pane's flows run
 * against it in a plain browser (tests, and the no-Office page's previews).
 * It keeps what Excel would show — values, fills, notes, tables, charts — so
 * tests can assert them, and stores marks in "settings" exactly as Excel does.
 */
export class MemoryWorkbook implements WorkbookAdapter {
  readonly sheets: MemorySheet[] = [];
  readonly settings = new Map<string, string>();
  selected: { sheet: string; cell: string } | null = null;
  activeSheet: string | null = null;
  private nextId = 1;
  private readonly notesSupported: boolean;
  readonly name: string;
  identity?: string;

  constructor(grid?: Grid, options: MemoryWorkbookOptions = {}) {
    this.notesSupported = options.notes ?? true;
    this.name = options.name ?? grid?.source.name ?? '工作簿1.xlsx';
    if (grid?.identity) this.identity = grid.identity;
    for (const s of grid?.sheets ?? []) this.addSheet(structuredClone(s), s.hidden ? 'Hidden' : 'Visible');
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private addSheet(grid: GridSheet, visibility: MemorySheet['visibility'] = 'Visible'): MemorySheet {
    const { hidden: _hidden, ...rest } = grid;
    const sheet: MemorySheet = { ...rest, id: `{mem-${this.nextId++}}`, visibility, fills: new Map(), notes: new Map(), tables: [], charts: [], dataBars: [], boldRows: [] };
    if (visibility !== 'Visible') sheet.hidden = true;
    this.sheets.push(sheet);
    return sheet;
  }

  async readGrid(options: ReadGridOptions = {}): Promise<Grid> {
    for (const name of options.sheets ?? []) if (!this.sheet(name)) throw sheetMissingError(name);
    const chosen = this.sheets.filter((s) => (options.sheets ? options.sheets.includes(s.name) : s.visibility !== 'VeryHidden'));
    const total = chosen.reduce((n, s) => n + s.values.length, 0);
    let done = 0;
    options.onProgress?.(0, total);
    const sheets = chosen.map((s) => {
      const out: GridSheet = { name: s.name, values: structuredClone(s.values) };
      if (s.numberFormats) out.numberFormats = structuredClone(s.numberFormats);
      if (s.origin) out.origin = { ...s.origin };
      if (s.merges) out.merges = [...s.merges];
      if (s.hidden) out.hidden = true;
      done += s.values.length;
      options.onProgress?.(done, total);
      return out;
    });
    const grid: Grid = { sheets, source: { kind: 'workbook', name: this.name } };
    if (this.identity) grid.identity = this.identity;
    return grid;
  }

  async markIssues(marks: IssueMark[]): Promise<MarkResult> {
    await this.clearMarks();
    const { bySheet, invalid } = groupMarks(marks);
    let skipped = invalid;
    let marked = 0;
    let notes = 0;
    const store: MarkStore = { version: 1, sheets: [] };
    for (const [name, cells] of bySheet) {
      const sheet = this.sheet(name);
      if (!sheet) {
        skipped += cells.length;
        continue;
      }
      const stored: MarkStore['sheets'][number] = { id: sheet.id, name, cells: [] };
      for (const m of cells) {
        const original = sheet.fills.get(m.cell) ?? null;
        sheet.fills.set(m.cell, m.fill);
        marked++;
        const addNote = this.notesSupported && !sheet.notes.has(m.cell);
        if (addNote) {
          sheet.notes.set(m.cell, m.note);
          notes++;
        }
        stored.cells.push({ cell: m.cell, fill: original, mark: m.fill, note: addNote });
      }
      store.sheets.push(stored);
    }
    if (marked > 0) this.settings.set(MARK_SETTING_KEY, JSON.stringify(store));
    return { marked, skipped, notes, notesSupported: this.notesSupported };
  }

  async clearMarks(): Promise<number> {
    const store = parseMarkStore(this.settings.get(MARK_SETTING_KEY));
    this.settings.delete(MARK_SETTING_KEY);
    if (!store) return 0;
    let restored = 0;
    for (const entry of store.sheets) {
      const sheet = this.sheets.find((s) => s.id === entry.id);
      if (!sheet) continue;
      for (const c of entry.cells) {
        if (sheet.fills.get(c.cell)?.toUpperCase() === c.mark.toUpperCase()) {
          if (c.fill === null) sheet.fills.delete(c.cell);
          else sheet.fills.set(c.cell, c.fill);
          restored++;
        }
        if (c.note && isOurNote(sheet.notes.get(c.cell))) sheet.notes.delete(c.cell);
      }
    }
    return restored;
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    const address = singleCell(cell);
    if (!address) throw new WorkbookError('host', `单元格地址“${cell}”无效。`);
    if (!this.sheet(sheetName)) throw sheetMissingError(sheetName);
    this.activeSheet = sheetName;
    this.selected = { sheet: sheetName, cell: address };
  }

  async insertTemplate(base64: string): Promise<string[]> {
    let bytes: Uint8Array;
    let names: string[];
    try {
      bytes = base64ToBytes(base64);
      names = xlsxSheetNames(bytes);
    } catch (error) {
      throw new WorkbookError('invalid-template', '模板文件无法读取，请重新下载模板后再插入。', { cause: error });
    }
    const taken = this.sheets.map((s) => s.name);
    const renames = new Map<string, string>();
    for (const name of names) {
      const target = uniqueSheetName(name, taken);
      taken.push(target);
      if (target !== name) renames.set(name, target);
    }
    const read = readWorkbook(renameXlsxSheets(bytes, renames), { fileName: 'template.xlsx' });
    if (!read.ok) throw new WorkbookError('invalid-template', '模板文件无法读取，请重新下载模板后再插入。');
    const added = read.grid.sheets.map((s) => this.addSheet(s, s.hidden ? 'Hidden' : 'Visible').name);
    this.activeSheet = added[added.length - 1] ?? this.activeSheet;
    return added;
  }

  async writeReportSheets(reports: ReportSheet[]): Promise<void> {
    for (const report of reports) {
      const layout = layoutReportSheet(report);
      const name = cleanSheetName(report.name);
      const index = this.sheets.findIndex((s) => sameSheetName(s.name, name));
      const values: CellValue[][] = [];
      const formats: string[][] = [];
      values[TITLE_ROW] = [report.title];
      formats[TITLE_ROW] = [TEXT_FORMAT];
      values[SUBTITLE_ROW] = report.subtitle ? [report.subtitle] : [];
      formats[SUBTITLE_ROW] = report.subtitle ? [TEXT_FORMAT] : [];
      values[GROUP_ROW] = layout.group ? layout.group.values[0]! : [];
      formats[GROUP_ROW] = layout.group ? layout.group.values[0]!.map(() => TEXT_FORMAT) : [];
      values[HEADER_ROW] = layout.headerValues[0]!;
      formats[HEADER_ROW] = layout.headerValues[0]!.map(() => TEXT_FORMAT);
      values.push(...layout.values);
      formats.push(...layout.formats);
      if (layout.values.length === 0) (values.push([]), formats.push([]));
      if (layout.notes.length > 0) (values.push([]), formats.push([]));
      for (const note of layout.notes) (values.push([note.text]), formats.push([TEXT_FORMAT]));
      const sheet = this.addSheet({ name: index >= 0 ? uniqueSheetName(`${name}~`, this.sheets.map((s) => s.name)) : name, values, numberFormats: formats });
      if (index >= 0) this.sheets.splice(index, 1);
      sheet.name = name;
      sheet.tables.push({ name: tableNameFor(name), address: layout.tableAddress });
      sheet.charts.push(...layout.charts);
      sheet.dataBars.push(...layout.dataBars);
      sheet.boldRows.push(...layout.totalRows);
    }
    if (reports[0]) this.activeSheet = cleanSheetName(reports[0].name);
  }
}
