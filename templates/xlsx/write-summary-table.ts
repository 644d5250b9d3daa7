import type { stream, Worksheet } from 'exceljs';
import { align, fonts, thinBox } from './write-styles.ts';

/** A value for one cell; strings are always written as text (see `asText`). */
export type CellInput = string | number | boolean | Date | null | undefined;

export interface Alert {
  /** Cells containing this text are filled. */
  text: string;
  argb: string;
}

export interface Column<R> {
  header: string;
  /** Top header row, merged over consecutive columns with the same group. */
  group?: string;
  width?: number;
  numFmt?: string;
  value(row: R): CellInput;
  /** Data bar from 0 to 100% (for rates). */
  bar?: boolean;
  /** Fill cells whose text contains one of these. */
  alerts?: Alert[];
  /** Fill cells whose number is above 0 (overdue, flagged, missing counts). */
  alertPositive?: boolean;
}

export interface TableRow<R> {
  data: R;
  /** Subtotal rows are bold; the total row is bold with a rule above it. */
  level?: 'subtotal' | 'total';
  /** Indent of the first column, for the unit tree. */
  depth?: number;
}

export interface Table<R> {
  sheet: string;
  title: string;
  subtitle: string;
  columns: Column<R>[];
  rows: Iterable<TableRow<R>>;
  /** Columns kept visible when scrolling right (default 2: unit and code). */
  frozenColumns?: number;
  /** Lines written under the table (quota checks, list caps). */
  notes?: string[];
}

export const ALERT = {
  red: 'FFFFC7CE',
  orange: 'FFFFE0B2',
  yellow: 'FFFFF2CC',
} as const;

const BAR_COLOR = 'FF5B9BD5';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const TOTAL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

/**
 * Text that Excel or WPS could take for a formula when a user re-enters the
 * cell (=, +, -, @ and their full-width forms) goes in as rich text: it is
 * stored as an inline string, never as a formula.
 */
const FORMULA_LIKE = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;
export const asText = (s: string) => (FORMULA_LIKE.test(s) ? { richText: [{ text: s }] } : s);

const cellValue = (v: CellInput) => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return asText(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v;
};

/** One summary table streamed into a sheet: title, subtitle, header(s), rows, formats. */
export function writeTable<R>(wb: stream.xlsx.WorkbookWriter, table: Table<R>): Worksheet {
  const { columns } = table;
  const grouped = columns.some((c) => c.group);
  const headerRow = grouped ? 4 : 3;
  const frozen = table.frozenColumns ?? 2;
  const ws = wb.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', xSplit: frozen, ySplit: headerRow, topLeftCell: `${colName(frozen + 1)}${headerRow + 1}` }],
  }) as unknown as Worksheet;
  ws.columns = columns.map((c) => ({ width: c.width ?? 10, style: c.numFmt ? { numFmt: c.numFmt } : {} }));

  const title = ws.getRow(1);
  title.getCell(1).value = table.title;
  title.getCell(1).font = fonts.title;
  title.height = 28;
  ws.mergeCells(1, 1, 1, Math.max(columns.length, 1));
  title.commit();
  const sub = ws.getRow(2);
  sub.getCell(1).value = table.subtitle;
  sub.getCell(1).font = fonts.body;
  ws.mergeCells(2, 1, 2, Math.max(columns.length, 1));
  sub.commit();

  if (grouped) writeGroups(ws, columns);
  const header = ws.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = fonts.label;
    cell.fill = HEADER_FILL;
    cell.border = thinBox;
    cell.alignment = align.center;
  });
  header.height = 30;
  header.commit();

  let r = headerRow;
  for (const row of table.rows) {
    const out = ws.getRow(++r);
    columns.forEach((c, i) => {
      const cell = out.getCell(i + 1);
      cell.value = cellValue(c.value(row.data)) as never;
      cell.border = thinBox;
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (row.level) cell.font = fonts.label;
      if (row.level === 'total') cell.fill = TOTAL_FILL;
    });
    if (row.depth) out.getCell(1).alignment = { indent: row.depth, vertical: 'middle' };
    out.commit();
  }
  const last = r;
  if (last > headerRow) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: columns.length } };
    addFormats(ws, columns, headerRow + 1, last);
  }
  for (const note of table.notes ?? []) {
    const row = ws.getRow(++r + 1);
    row.getCell(1).value = asText(note);
    row.commit();
  }
  ws.commit();
  return ws;
}

function writeGroups<R>(ws: Worksheet, columns: Column<R>[]): void {
  const row = ws.getRow(3);
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    const group = columns[start]?.group;
    if (i < columns.length && columns[i]?.group === group) continue;
    const cell = row.getCell(start + 1);
    cell.value = group ?? '';
    cell.font = fonts.label;
    cell.fill = HEADER_FILL;
    cell.border = thinBox;
    cell.alignment = align.center;
    if (i - 1 > start) ws.mergeCells(3, start + 1, 3, i);
    start = i;
  }
  row.commit();
}

function addFormats<R>(ws: Worksheet, columns: Column<R>[], first: number, last: number): void {
  let priority = 1;
  columns.forEach((c, i) => {
    const ref = `${colName(i + 1)}${first}:${colName(i + 1)}${last}`;
    if (c.bar)
      ws.addConditionalFormatting({
        ref,
        rules: [{ type: 'dataBar', priority: priority++, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: { argb: BAR_COLOR } } as never],
      });
    for (const a of c.alerts ?? [])
      ws.addConditionalFormatting({
        ref,
        // An expression rule rather than containsText: exceljs omits that rule's text attribute, which Excel expects.
        rules: [{ type: 'expression', formulae: [`NOT(ISERROR(SEARCH("${a.text}",${colName(i + 1)}${first})))`], priority: priority++, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: a.argb } } } }],
      });
    if (c.alertPositive)
      ws.addConditionalFormatting({
        ref,
        rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [0], priority: priority++, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: ALERT.red } } } }],
      });
  });
}

export function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
