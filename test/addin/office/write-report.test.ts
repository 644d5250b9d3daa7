import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../addin/src/office/excel-workbook.ts';
import type { ReportSheet } from '../../../addin/src/workbook/adapter.ts';
import { MockExcel } from './mock-excel.ts';

const satisfaction: ReportSheet = {
  name: '群众评议汇总',
  title: '群众评议汇总（2026年上半年）',
  subtitle: '=HYPERLINK("http://x")',
  columns: [
    { header: '单位', kind: 'text', width: 20 },
    { header: '实参评人数', kind: 'int' },
    { header: '满意率', kind: 'percent' },
    { header: '报送日期', kind: 'date' },
  ],
  rows: [
    ['=1+1', 40, 0.95, '2026-07-15'],
    ['＠第二支部', 30, 0.9, 46218],
    ['-3', null, '—', null],
    ['合计', 70, 0.93, null],
  ],
  totalRowIndex: [3],
  charts: [{ type: 'bar', title: '满意率（按单位）', category: 0, values: [2] }, { type: 'column', title: '人数与满意率', category: 0, values: [1, 2] }],
  dataBars: [1],
};

describe('ExcelWorkbook.writeReportSheets', () => {
  it('sets the text format before every value, so "=…" and "＠…" stay text; builds the table, charts and data bars', async () => {
    const excel = new MockExcel();
    excel.addSheet({ name: 'Sheet1' });
    await new ExcelWorkbook(excel.run, { isSetSupported: () => true }).writeReportSheets([satisfaction]);

    const writes = excel.log.filter((l) => /^(numberFormat|values) /.test(l));
    expect(writes).toEqual(['numberFormat A1', 'values A1', 'numberFormat A2', 'values A2', 'numberFormat A4:D4', 'values A4:D4', 'numberFormat A5:D8', 'values A5:D8']);
    const sheet = excel.sheet('群众评议汇总');
    expect(excel.log).toContain('add sheet 群众评议汇总');
    expect(excel.log).toContain('table A4:D8 headers=true');
    expect(sheet.tables.map((t) => [t.name, t.style])).toEqual([['台账通_群众评议汇总', 'TableStyleMedium2']]);
    expect(sheet.dataBars).toEqual(['B5:B7']);
    expect(sheet.frozenRows).toBe(4);
    // Side by side from the header row, a bar chart one row per unit (at least 12), a column chart 16; bars top down as the table reads.
    expect(sheet.charts.map((c) => ({ type: c.type, source: c.source, title: c.mock.title.text, position: c.mock.position, topDown: c.mock.axes.categoryAxis.reversePlotOrder === true, series: c.series.map((s) => [s.name, s.values, s.xValues]) }))).toEqual([
      { type: 'BarClustered', source: 'C5:C7', title: '满意率（按单位）', position: 'F4:M15', topDown: true, series: [['满意率', 'C5:C7', 'A5:A7']] },
      { type: 'ColumnClustered', source: 'B5:B7', title: '人数与满意率', position: 'O4:V19', topDown: false, series: [['实参评人数', 'B5:B7', 'A5:A7'], ['满意率', 'C5:C7', 'A5:A7']] },
    ]);
    expect(excel.active).toBe('群众评议汇总');
  });

  it('writes the exact cell formats and values (text as "@", ISO dates as serials)', async () => {
    const excel = new MockExcel();
    // Capture what reached Excel by reading the proxies' targets through the log order.
    const captured: Record<string, unknown> = {};
    const origRange = excel.rangeMock.bind(excel);
    excel.rangeMock = (s, r, c, rc, cc) => {
      const m = origRange(s, r, c, rc, cc);
      return new Proxy(m, { set: (t, p, v) => ((captured[`${String(p)} ${t.__address}`] = v), Reflect.set(t, p, v)) });
    };
    await new ExcelWorkbook(excel.run, { isSetSupported: () => true }).writeReportSheets([satisfaction]);
    expect(captured['numberFormat A5:D8']).toEqual([
      ['@', '0', '0.0%', 'yyyy-mm-dd'],
      ['@', '0', '0.0%', 'yyyy-mm-dd'],
      ['@', '0', '@', 'yyyy-mm-dd'],
      ['@', '0', '0.0%', 'yyyy-mm-dd'],
    ]);
    expect(captured['values A5:D8']).toEqual([
      ['=1+1', 40, 0.95, 46218],
      ['＠第二支部', 30, 0.9, 46218],
      ['-3', '', '—', ''],
      ['合计', 70, 0.93, ''],
    ]);
    expect(captured['values A2']).toEqual([['=HYPERLINK("http://x")']]);
    expect(captured['numberFormat A2']).toEqual([['@']]);
  });

  it('replaces an existing sheet of the same name instead of adding a copy', async () => {
    const excel = new MockExcel();
    excel.addSheet({ name: '群众评议汇总' });
    const wb = new ExcelWorkbook(excel.run, { isSetSupported: () => true });
    await wb.writeReportSheets([satisfaction]);
    await wb.writeReportSheets([satisfaction]);
    const live = excel.sheets.filter((s) => !s.deleted).map((s) => s.name);
    expect(live).toEqual(['群众评议汇总']);
    expect(excel.log.filter((l) => /sheet/.test(l))).toEqual([
      'add sheet 群众评议汇总~',
      'delete sheet 群众评议汇总',
      'add sheet 群众评议汇总~',
      'delete sheet 群众评议汇总',
    ]);
  });
});
