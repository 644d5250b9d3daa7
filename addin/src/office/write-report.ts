/// <reference types="office-js" />
import type { ReportSheet } from '../workbook/adapter.ts';
import { planChunks } from '../workbook/chunking.ts';
import { HEADER_ROW, layoutReportSheet, SUBTITLE_ROW, TEXT_FORMAT, TITLE_ROW, widthPoints, type ReportLayout } from '../workbook/report-layout.ts';
import { cleanSheetName, sameSheetName, tableNameFor, uniqueSheetName } from '../workbook/sheet-names.ts';

/** Writes stay far below the 5 MB request limit: values and formats travel together. */
const WRITE_CHUNK_CELLS = 25_000;
/** Columns a chart spans beside the table, and the gap between charts. */
const CHART_COLUMNS = 8;

/**
 * Writes report sheets as Excel tables with native charts. A sheet with the
 * same name is replaced (new sheet added, old one deleted, new one renamed),
 * so refreshing never piles up copies and the workbook never has zero sheets.
 * Every cell gets its number format before its value: a text cell formatted
 * "@" keeps "=…" as text instead of becoming a formula.
 */
export async function writeReportSheetsInContext(context: Excel.RequestContext, reports: readonly ReportSheet[]): Promise<void> {
  if (reports.length === 0) return;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const taken = sheets.items.map((s) => s.name);

  let first: Excel.Worksheet | undefined;
  for (const report of reports) {
    const layout = layoutReportSheet(report);
    const name = cleanSheetName(report.name);
    const existing = sheets.items.find((s) => sameSheetName(s.name, name));
    const ws = sheets.add(existing ? uniqueSheetName(`${name}~`, taken) : name);
    if (existing) {
      existing.delete();
      ws.name = name;
    }
    taken.push(name);
    first ??= ws;

    writeText(ws.getRange('A1'), report.title);
    const title = ws.getRangeByIndexes(TITLE_ROW, 0, 1, 1).format.font;
    title.bold = true;
    title.size = 14;
    if (report.subtitle) {
      const sub = ws.getRangeByIndexes(SUBTITLE_ROW, 0, 1, 1);
      writeText(sub, report.subtitle);
      sub.format.font.color = '#595959';
    }
    if (layout.group) {
      const group = ws.getRange(layout.group.address);
      group.numberFormat = layout.group.values.map((row) => row.map(() => TEXT_FORMAT));
      group.values = layout.group.values;
      group.format.font.bold = true;
    }
    const header = ws.getRange(layout.headerAddress);
    header.numberFormat = layout.headerValues.map((row) => row.map(() => TEXT_FORMAT));
    header.values = layout.headerValues;

    const chunks = planChunks(layout.values.length, layout.columnCount, WRITE_CHUNK_CELLS);
    for (const [i, [start, count]] of chunks.entries()) {
      if (i > 0) await context.sync();
      const range = ws.getRangeByIndexes(layout.firstDataRow + start, 0, count, layout.columnCount);
      range.numberFormat = layout.formats.slice(start, start + count);
      range.values = layout.values.slice(start, start + count);
    }
    for (const note of layout.notes) writeText(ws.getRange(note.address), note.text);
    decorate(ws, layout, name);
    await context.sync();
  }
  first?.activate();
  await context.sync();
}

function writeText(range: Excel.Range, text: string): void {
  range.numberFormat = [[TEXT_FORMAT]];
  range.values = [[text]];
}

function decorate(ws: Excel.Worksheet, layout: ReportLayout, name: string): void {
  const table = ws.tables.add(layout.tableAddress, true);
  table.name = tableNameFor(name);
  table.style = 'TableStyleMedium2';
  for (const address of layout.totalRows) ws.getRange(address).format.font.bold = true;

  const bodyRows = Math.max(1, layout.values.length) + 1;
  layout.widths.forEach((width, c) => {
    const column = ws.getRangeByIndexes(HEADER_ROW, c, bodyRows, 1);
    if (width === undefined) column.format.autofitColumns();
    else column.format.columnWidth = widthPoints(width);
  });
  for (const address of layout.dataBars) ws.getRange(address).conditionalFormats.add('DataBar');

  layout.charts.forEach((plan, i) => {
    const [firstSeries, ...more] = plan.series;
    if (!firstSeries) return;
    const chart = ws.charts.add(plan.type, ws.getRange(firstSeries.values), 'Columns');
    chart.title.text = plan.title;
    const categories = ws.getRange(plan.categories);
    const s0 = chart.series.getItemAt(0);
    s0.name = firstSeries.name;
    s0.setXAxisValues(categories);
    for (const s of more) {
      const series = chart.series.add(s.name);
      series.setValues(ws.getRange(s.values));
      series.setXAxisValues(categories);
    }
    // Units top down as in the table (Excel draws a bar chart's first category at the bottom).
    if (plan.topDown) chart.axes.categoryAxis.reversePlotOrder = true;
    // Side by side from the header row down, each as tall as its bars need (one row per unit).
    const left = layout.columnCount + 1 + i * (CHART_COLUMNS + 1);
    chart.setPosition(ws.getRangeByIndexes(HEADER_ROW, left, 1, 1), ws.getRangeByIndexes(HEADER_ROW + plan.rows - 1, left + CHART_COLUMNS - 1, 1, 1));
  });
  ws.freezePanes.freezeRows(HEADER_ROW + 1);
}
