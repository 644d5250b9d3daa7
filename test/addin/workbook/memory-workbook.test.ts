import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { pledgeLedger } from '../../../templates/catalog/pledge-ledger.ts';
import { writeBlankTemplate } from '../../../templates/xlsx/write-template.ts';
import { MemoryWorkbook } from '../../../addin/src/workbook/memory-workbook.ts';
import { bytesToBase64, renameXlsxSheets } from '../../../addin/src/workbook/xlsx-sheets.ts';

const grid = () => ({
  sheets: [{ name: '台账', values: [['序号', '承诺事项'], [1, '=SUM(A1)']], numberFormats: [['General', 'General'], ['General', '@']], origin: { row: 2, col: 1 } }],
  source: { kind: 'file' as const, name: '台账.xlsx' },
});

describe('MemoryWorkbook', () => {
  it('reads back the grid as a workbook grid, with progress', async () => {
    const wb = new MemoryWorkbook(grid());
    const progress: [number, number][] = [];
    const read = await wb.readGrid({ onProgress: (d, t) => progress.push([d, t]) });
    expect(read).toEqual({ sheets: grid().sheets, source: { kind: 'workbook', name: '台账.xlsx' } });
    expect(progress).toEqual([[0, 2], [2, 2]]);
  });

  it('marks, keeps user notes, clears back to the original fills', async () => {
    const wb = new MemoryWorkbook(grid());
    const sheet = wb.sheet('台账')!;
    sheet.fills.set('B3', '#00B050');
    sheet.notes.set('B3', '用户批注');
    const result = await wb.markIssues([
      { sheet: '台账', cell: 'B3', severity: 'warning', message: '甲' },
      { sheet: '台账', cell: 'C4', severity: 'error', message: '乙' },
      { sheet: '台账', cell: 'C4', severity: 'error', message: '丙' },
      { sheet: '别的', cell: 'A1', severity: 'error', message: '丁' },
    ]);
    expect(result).toEqual({ marked: 2, skipped: 1, notes: 1, notesSupported: true });
    expect([...sheet.fills]).toEqual([['B3', '#FFEB9C'], ['C4', '#FFC7CE']]);
    expect([...sheet.notes]).toEqual([['B3', '用户批注'], ['C4', '【台账通】1. 乙\n2. 丙']]);
    expect(await wb.clearMarks()).toBe(2);
    expect([...sheet.fills]).toEqual([['B3', '#00B050']]);
    expect([...sheet.notes]).toEqual([['B3', '用户批注']]);
  });

  it('selects cells and refuses unknown sheets', async () => {
    const wb = new MemoryWorkbook(grid());
    await wb.selectCell('台账', '$c$4');
    expect(wb.selected).toEqual({ sheet: '台账', cell: 'C4' });
    await expect(wb.selectCell('无', 'A1')).rejects.toMatchObject({ code: 'sheet-missing' });
  });

  it('inserts a real blank template, renaming a clashing sheet, and the inserted data sheet is readable', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: '填报说明', values: [] }], source: { kind: 'workbook', name: 'x' } });
    const names = await wb.insertTemplate(bytesToBase64(await writeBlankTemplate(pledgeLedger)));
    expect(names).toEqual(['填报说明 (2)', '承诺践诺台账']);
    expect(wb.activeSheet).toBe('承诺践诺台账');
    const data = wb.sheet('承诺践诺台账')!;
    expect(data.values.flat()).toContain('承诺事项*');
  });

  it('writes report sheets with text kept as text, and replaces on refresh', async () => {
    const wb = new MemoryWorkbook(grid());
    const report = {
      name: '报送情况',
      title: '报送情况',
      columns: [{ header: '单位', kind: 'text' as const }, { header: '错误数', kind: 'int' as const }],
      rows: [['+第一支部', 3], ['合计', 3]],
      totalRowIndex: [1],
      charts: [{ type: 'pie' as const, title: '错误', category: 0, values: [1] }],
    };
    await wb.writeReportSheets([report]);
    await wb.writeReportSheets([report]);
    expect(wb.sheets.map((s) => s.name)).toEqual(['台账', '报送情况']);
    const sheet = wb.sheet('报送情况')!;
    expect(sheet.values).toEqual([['报送情况'], [], [], ['单位', '错误数'], ['+第一支部', 3], ['合计', 3]]);
    expect(sheet.numberFormats![4]).toEqual(['@', '0']);
    expect(sheet.tables).toEqual([{ name: '台账通_报送情况', address: 'A4:B6' }]);
    expect(sheet.charts).toEqual([{ type: 'Pie', title: '错误', rows: 16, topDown: false, categories: 'A5', series: [{ name: '错误数', values: 'B5' }] }]);
    expect(sheet.boldRows).toEqual(['A6:B6']);
  });
});

describe('renameXlsxSheets', () => {
  it('renames the sheet and every defined name that refers to it', async () => {
    const bytes = await writeBlankTemplate(pledgeLedger);
    const renamed = renameXlsxSheets(bytes, new Map([['承诺践诺台账', "承诺 '台账' (2)"]]));
    const xml = strFromU8(unzipSync(renamed, { filter: (f) => f.name === 'xl/workbook.xml' })['xl/workbook.xml']!);
    expect(xml).toContain('name="承诺 \'台账\' (2)"');
    expect(xml).not.toContain('承诺践诺台账');
    expect(xml).toContain("'承诺 ''台账'' (2)'!$4:$4");
  });
});
