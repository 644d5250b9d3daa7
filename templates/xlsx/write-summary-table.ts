import type { SheetColumnSpec, SheetRow, SummarySheet } from '../summary/sheets/index.ts';
import type { AlertLevel, ColumnKind } from '../summary/spec.ts';
import { placeCharts } from './write-summary-charts.ts';
import { abovePositive, containsText, dataBar } from './writer/conditional.ts';
import type { XlsxPackage } from './writer/package.ts';
import type { CellStyle } from './writer/styles.ts';
import { colName, rangeRef } from './writer/xml.ts';

export const ALERT: Record<AlertLevel, string> = { red: 'FFFFC7CE', orange: 'FFFFE0B2', yellow: 'FFFFF2CC' };
const BAR_COLOR = 'FF5B9BD5';

const NUM_FMT: Record<ColumnKind, string | undefined> = { count: '0', rate: '0.0%', number: '0.00', text: undefined, state: undefined };
export const numFmtOf = (kind: ColumnKind): string | undefined => NUM_FMT[kind];

/**
 * One summary sheet (templates/summary/sheets) as a workbook sheet: title and
 * subtitle merged across, the group line and header, the rows (subtotals bold,
 * the total shaded, the unit column indented by depth), a filter, data bars
 * and alert fills, the notes underneath, then its native charts; frozen at
 * the header and unit columns, and printed A4 landscape with both repeated on
 * every page.
 */
export function writeTable(pkg: XlsxPackage, table: SummarySheet, subtitle: string): void {
  const { columns, frozenColumns } = table;
  const n = Math.max(columns.length, 1);
  const grouped = columns.some((c) => c.group);
  const headerRow = grouped ? 4 : 3;
  const st = pkg.styles;
  const ws = pkg.sheet(table.name, {
    widths: columns.map((c) => c.width ?? 10),
    frozen: { columns: frozenColumns, rows: headerRow },
    print: { rows: [1, headerRow], ...(frozenColumns > 0 ? { columns: [1, frozenColumns] as [number, number] } : {}) },
  });

  ws.row([table.title], [st.id({ font: 'title' })], 28);
  ws.merge(1, 1, 1, n);
  ws.row([subtitle], [st.id({ font: 'body' })]);
  ws.merge(2, 1, 2, n);
  const header = st.id({ font: 'bold', fill: 'header', border: true, align: 'center' });
  if (grouped) writeGroups(ws, columns, header);
  ws.row(columns.map((c) => c.header), columns.map(() => header), 30);

  const styleRows = new Map<string, number[]>();
  const stylesOf = (row: SheetRow): number[] => {
    const key = `${row.level ?? ''}|${row.depth ?? 0}`;
    let ids = styleRows.get(key);
    if (!ids) {
      ids = columns.map((c, i) => {
        const s: CellStyle = { border: true };
        const fmt = numFmtOf(c.kind);
        if (fmt) s.numFmt = fmt;
        if (row.level) s.font = 'bold';
        if (row.level === 'total') s.fill = 'total';
        if (i === 0 && row.depth) s.align = { indent: row.depth };
        return st.id(s);
      });
      styleRows.set(key, ids);
    }
    return ids;
  };
  let last = headerRow;
  for (const row of table.rows) last = ws.row(row.values, stylesOf(row));
  if (last > headerRow && columns.length > 0) {
    ws.autoFilter(rangeRef(headerRow, 1, last, columns.length));
    addFormats(pkg, ws, columns, headerRow + 1, last);
  }
  if (table.notes.length > 0) ws.row([]);
  for (const note of table.notes) ws.row([note]);
  pkg.charts(ws, placeCharts(table, headerRow, ws.nextRow + 1, numFmtOf));
  ws.finish();
}

/** The group line: each group named once, merged over its columns. */
function writeGroups(ws: ReturnType<XlsxPackage['sheet']>, columns: readonly SheetColumnSpec[], style: number): void {
  const r = ws.nextRow;
  ws.row(columns.map((c, i) => (c.group && c.group !== columns[i - 1]?.group ? c.group : null)), columns.map(() => style));
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    if (i < columns.length && columns[i]!.group === columns[start]!.group) continue;
    if (columns[start]!.group) ws.merge(r, start + 1, r, i);
    start = i;
  }
}

function addFormats(pkg: XlsxPackage, ws: ReturnType<XlsxPackage['sheet']>, columns: readonly SheetColumnSpec[], first: number, last: number): void {
  let priority = 1;
  columns.forEach((c, i) => {
    const ref = rangeRef(first, i + 1, last, i + 1);
    if (c.bar) ws.conditional(dataBar(ref, priority++, BAR_COLOR));
    if (c.alert === 'positive') ws.conditional(abovePositive(ref, priority++, pkg.styles.fillDxf(ALERT.red)));
    else for (const a of c.alert ?? []) ws.conditional(containsText(ref, `${colName(i + 1)}${first}`, a.text, priority++, pkg.styles.fillDxf(ALERT[a.level])));
  });
}
