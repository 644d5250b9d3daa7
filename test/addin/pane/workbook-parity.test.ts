import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { summarySheets } from '../../../addin/src/report/summary-sheets.ts';
import { MemoryWorkbook } from '../../../addin/src/workbook/memory-workbook.ts';
import { GROUP_SEPARATOR, HEADER_ROW } from '../../../addin/src/workbook/report-layout.ts';
import { catalog } from '../../../templates/catalog/index.ts';
import { writeSummaryWorkbook } from '../../../templates/xlsx/write-summary.ts';
import { DEMO_TEMPLATES } from '../../../scripts/seed/periods.ts';
import { demoSummary } from '../../fixtures/demo-summary.ts';
import { expectedSummarySheets } from '../../templates/summary/fixtures.ts';
import { chartParts } from '../../templates/xlsx/chart-parts.ts';

type Column = [group: string, header: string];
const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : String(v));

/** Each summary sheet of the downloaded workbook: its (group, header) columns and its row labels, read back from the file. */
async function workbookSheets(bytes: Uint8Array): Promise<Map<string, { columns: Column[]; labels: string[] }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out = new Map<string, { columns: Column[]; labels: string[] }>();
  for (const ws of wb.worksheets) {
    if (ws.name.startsWith('明细')) continue;
    // A grouped sheet has its groups in row 3 (merged over their columns) and headers in row 4.
    const grouped = text(ws.getCell(3, 1).value) === '';
    const headerRow = grouped ? 4 : 3;
    const columns: Column[] = [];
    for (let c = 1; text(ws.getCell(headerRow, c).value) !== ''; c++) columns.push([grouped ? text(ws.getCell(3, c).value) : '', text(ws.getCell(headerRow, c).value)]);
    const labels: string[] = [];
    // Data rows run until the blank row above the notes.
    for (let r = headerRow + 1; text(ws.getCell(r, 1).value) !== ''; r++) labels.push(text(ws.getCell(r, 1).value));
    out.set(ws.name, { columns, labels });
  }
  return out;
}

/** The same, from the sheets the add-in wrote into an (in-memory) Excel workbook. */
async function addinSheets(wb: MemoryWorkbook): Promise<Map<string, { columns: Column[]; labels: string[] }>> {
  const out = new Map<string, { columns: Column[]; labels: string[] }>();
  for (const sheet of wb.sheets) {
    const columns = sheet.values[HEADER_ROW]!.map((h): Column => {
      const [group, header] = String(h).includes(GROUP_SEPARATOR) ? String(h).split(GROUP_SEPARATOR) : ['', String(h)];
      return [group!, header!];
    });
    const labels: string[] = [];
    for (let r = HEADER_ROW + 1; r < sheet.values.length && text(sheet.values[r]?.[0] as ExcelJS.CellValue) !== ''; r++) labels.push(String(sheet.values[r]![0]));
    out.set(sheet.name, { columns, labels });
  }
  return out;
}

describe('the downloaded workbook and the add-in’s sheets', () => {
  it('have the same sheets, the same columns, the same rows and the same charts for the demo organisation', async () => {
    const summary = demoSummary();
    const bytes = await writeSummaryWorkbook(summary, null, { generatedAt: new Date('2026-11-21T02:00:00Z') });
    const file = await workbookSheets(bytes);
    const memory = new MemoryWorkbook();
    await memory.writeReportSheets(summarySheets(summary));
    const pane = await addinSheets(memory);

    expect([...pane.keys()]).toEqual([...file.keys()]);
    // The demo's period asks for six ledgers: their sheets only, none for 示范行动, 金点子 or 三会一课.
    expect([...file.keys()]).toEqual(expectedSummarySheets(catalog.filter((d) => (DEMO_TEMPLATES as readonly string[]).includes(d.id))));
    const fileCharts = chartParts(bytes).charts.map((c) => [c.sheet, c.title]);
    expect(memory.sheets.flatMap((sheet) => sheet.charts.map((c) => [sheet.name, c.title]))).toEqual(fileCharts);
    expect(fileCharts).toEqual([['报送进度', '报送进度'], ['承诺践诺汇总', '各单位承诺完成率'], ['群众评议汇总', '各单位群众满意率']]);
    for (const [name, { columns, labels }] of file) {
      expect(pane.get(name)!.columns, name).toEqual(columns);
      // The add-in puts unit rows before subtotals (for its charts): the same rows, in another order.
      expect([...pane.get(name)!.labels].sort(), name).toEqual([...labels].sort());
    }
    // Not vacuous: the demo has counted figures, grouped columns and several tree rows.
    expect(file.get('报送情况')!.columns.some(([group]) => group === '承诺践诺台账')).toBe(true);
    expect(file.get('承诺践诺汇总')!.labels.length).toBeGreaterThan(5);
  });
});
