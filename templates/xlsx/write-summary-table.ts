import type { stream, Worksheet } from 'exceljs';
import type { ColumnKind, SummaryCell } from '../summary/spec.ts';
import type { SheetColumnSpec, SummarySheet } from '../summary/sheets/index.ts';
import { align, fonts, thinBox } from './write-styles.ts';

export const ALERT = {
  red: 'FFFFC7CE',
  orange: 'FFFFE0B2',
  yellow: 'FFFFF2CC',
} as const;

const NUM_FMT: Record<ColumnKind, string | undefined> = { count: '0', rate: '0.0%', number: '0.00', text: undefined, state: undefined };
export const numFmtOf = (kind: ColumnKind): string | undefined => NUM_FMT[kind];

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

const cellValue = (v: SummaryCell) => (v === null ? null : typeof v === 'string' ? asText(v) : v);

/** One summary sheet streamed into the workbook: title, subtitle, header(s), rows, formats, notes. */
export function writeTable(wb: stream.xlsx.WorkbookWriter, table: SummarySheet, subtitle: string): Worksheet {
  const { columns } = table;
  const formats = columns.map((c) => numFmtOf(c.kind));
  const grouped = columns.some((c) => c.group);
  const headerRow = grouped ? 4 : 3;
  const frozen = table.frozenColumns;
  const ws = wb.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: frozen, ySplit: headerRow, topLeftCell: `${colName(frozen + 1)}${headerRow + 1}` }],
  }) as unknown as Worksheet;
  ws.columns = columns.map((c, i) => ({ width: c.width ?? 10, style: formats[i] ? { numFmt: formats[i] } : {} }));

  const title = ws.getRow(1);
  title.getCell(1).value = table.title;
  title.getCell(1).font = fonts.title;
  title.height = 28;
  ws.mergeCells(1, 1, 1, Math.max(columns.length, 1));
  title.commit();
  const sub = ws.getRow(2);
  sub.getCell(1).value = subtitle;
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
    columns.forEach((_c, i) => {
      const cell = out.getCell(i + 1);
      cell.value = cellValue(row.values[i] ?? null) as never;
      cell.border = thinBox;
      if (formats[i]) cell.numFmt = formats[i];
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
  for (const note of table.notes) {
    const row = ws.getRow(++r + 1);
    row.getCell(1).value = asText(note);
    row.commit();
  }
  ws.commit();
  return ws;
}

function writeGroups(ws: Worksheet, columns: readonly SheetColumnSpec[]): void {
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

function addFormats(ws: Worksheet, columns: readonly SheetColumnSpec[], first: number, last: number): void {
  let priority = 1;
  columns.forEach((c, i) => {
    const ref = `${colName(i + 1)}${first}:${colName(i + 1)}${last}`;
    if (c.bar)
      ws.addConditionalFormatting({
        ref,
        rules: [{ type: 'dataBar', priority: priority++, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: { argb: BAR_COLOR } } as never],
      });
    for (const a of c.alert !== undefined && c.alert !== 'positive' ? c.alert : [])
      ws.addConditionalFormatting({
        ref,
        // An expression rule rather than containsText: exceljs omits that rule's text attribute, which Excel expects.
        rules: [{ type: 'expression', formulae: [`NOT(ISERROR(SEARCH("${a.text}",${colName(i + 1)}${first})))`], priority: priority++, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: ALERT[a.level] } } } }],
      });
    if (c.alert === 'positive')
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
