import { describe, expect, it } from 'vitest';
import { summarySheets } from '../../../addin/src/report/summary-sheets.ts';
import { layoutReportSheet } from '../../../addin/src/workbook/report-layout.ts';
import { MemoryWorkbook } from '../../../addin/src/workbook/memory-workbook.ts';
import { build, expectedSummarySheets } from '../../templates/summary/fixtures.ts';

const summary = () => build();

describe('summarySheets', () => {
  it('writes every DOMAIN §4 sheet the catalog asks for, in order', () => {
    expect(summarySheets(summary()).map((s) => s.name)).toEqual(expectedSummarySheets());
  });

  it('puts unit rows first, then subtotals and 合计 (left out of charts)', () => {
    const pledges = summarySheets(summary()).find((s) => s.name === '承诺践诺汇总')!;
    const header = pledges.columns.map((c) => c.header);
    const total = header.indexOf('承诺总数');
    const rate = header.indexOf('完成率');
    const rows = pledges.rows.map((r) => [r[0], r[total], r[rate]]);
    expect(rows).toEqual([
      ['部门一（本级）', 0, null], ['支部一', 3, 1 / 3], ['支部二', 3, 1 / 3], ['部门二', 0, null],
      ['市直工委（小计）', 6, 2 / 6], ['部门一（小计）', 6, 2 / 6], ['合计', 6, 2 / 6],
    ]);
    expect(pledges.totalRowIndex).toEqual([4, 5, 6]);
    expect(pledges.charts).toEqual([{ type: 'bar', title: '各单位承诺完成率', category: 0, values: [rate] }]);
    const layout = layoutReportSheet(pledges);
    expect(layout.charts[0]!.categories).toBe('A5:A8');
    // Beside the table from its header, one row per unit (at least 12): the notes start below it, not under it.
    expect([layout.charts[0]!.rows, layout.charts[0]!.topDown]).toEqual([12, true]);
    expect(layout.notes[0]!.address).toBe('A17');
    expect(layout.headerValues[0]!.slice(0, 5)).toEqual(['单位', '单位编码', '党员总数', '承诺总数', '承诺主体·党组织']);
  });

  it('shows status words per unit and the 报送进度 chart per ledger', () => {
    const sheets = summarySheets(summary());
    const status = sheets.find((s) => s.name === '报送情况')!;
    const pledgeCol = status.columns.findIndex((c) => c.group === '承诺践诺台账' && c.header === '状态');
    expect(status.rows.slice(0, 4).map((r) => [r[0], r[pledgeCol]])).toEqual([['部门一（本级）', '—'], ['支部一', '按时报送'], ['支部二', '逾期报送'], ['部门二', '已退回']]);
    const progress = sheets.find((s) => s.name === '报送进度')!;
    expect(progress.rows.find((r) => r[0] === '承诺践诺台账')).toEqual(['承诺践诺台账', 3, 1, 1, 0, 1, 0, 0, 2 / 3]);
    expect(progress.charts).toEqual([{ type: 'bar', stacked: true, title: '报送进度', category: 0, values: [2, 3, 4, 5, 6, 7] }]);
  });

  it('writes into a workbook as tables with their group line and notes, twice without piling up copies', async () => {
    const wb = new MemoryWorkbook();
    await wb.writeReportSheets(summarySheets(summary()));
    await wb.writeReportSheets(summarySheets(summary()));
    expect(wb.sheets.map((s) => s.name)).toEqual(expectedSummarySheets());
    expect(wb.sheet('群众评议汇总')!.charts.map((c) => c.title)).toEqual(['各单位群众满意率']);
    const pledges = wb.sheet('承诺践诺汇总')!;
    expect(pledges.values[2]!.slice(2, 7)).toEqual(['', '', '承诺主体', '', '承诺类别']);
    expect(pledges.values.at(-1)![0]).toMatch(/^完成率＝已完成÷承诺总数/);
  });
});
