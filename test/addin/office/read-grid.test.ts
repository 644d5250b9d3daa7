import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../addin/src/office/excel-workbook.ts';
import { MockExcel } from './mock-excel.ts';

const all = () => true;

describe('ExcelWorkbook.readGrid', () => {
  it('reads a 20,000 × 12 used range starting at C3 in 5 chunks of ≤ 50,000 cells, values and formats intact', async () => {
    const excel = new MockExcel();
    excel.addSheet({
      name: '承诺践诺台账',
      used: { rowIndex: 2, columnIndex: 2, rowCount: 20_000, columnCount: 12 },
      // Absolute coordinates: a bug in origin or chunk offsets shows up as a wrong value.
      value: (r, c) => (c === 9 ? 46_000 + r : `r${r}c${c}`),
      format: (_r, c) => (c === 9 ? 'yyyy-mm-dd' : 'General'),
    });
    excel.setKeywords('TZT:pledge-ledger@1');
    const progress: [number, number][] = [];
    const grid = await new ExcelWorkbook(excel.run, { isSetSupported: all }).readGrid({ onProgress: (d, t) => progress.push([d, t]) });

    const chunkReads = excel.log.filter((l) => l === 'sync').length;
    // 1 sync for sheet names, 1 for used ranges, then one per chunk: 20,000 rows / 4,166 rows = 5 chunks.
    expect(chunkReads).toBe(2 + 5);
    expect(progress).toEqual([[0, 20_000], [4166, 20_000], [8332, 20_000], [12_498, 20_000], [16_664, 20_000], [20_000, 20_000]]);
    expect(excel.log).toContain('usedRange valuesOnly=true');

    expect(grid.source).toEqual({ kind: 'workbook', name: '某支部台账.xlsx' });
    expect(grid.identity).toBe('TZT:pledge-ledger@1');
    const [sheet] = grid.sheets;
    expect(sheet!.name).toBe('承诺践诺台账');
    expect(sheet!.origin).toEqual({ row: 2, col: 2 });
    expect(sheet!.values).toHaveLength(20_000);
    expect(sheet!.numberFormats).toHaveLength(20_000);
    expect(sheet!.values[0]).toEqual(['r2c2', 'r2c3', 'r2c4', 'r2c5', 'r2c6', 'r2c7', 'r2c8', 46_002, 'r2c10', 'r2c11', 'r2c12', 'r2c13']);
    expect(sheet!.values[4166]![0]).toBe('r4168c2');
    expect(sheet!.values[19_999]![11]).toBe('r20001c13');
    expect(sheet!.numberFormats![19_999]![7]).toBe('yyyy-mm-dd');
    expect(sheet!.numberFormats![19_999]![8]).toBe('General');
    expect(sheet!.hidden).toBeUndefined();
    // Merges near the top, as absolute A1 areas without the sheet prefix.
    expect(sheet!.merges).toBeUndefined();
  });

  it('reads merges of the top rows when ExcelApi 1.13 is there, flags hidden sheets and skips very hidden ones', async () => {
    const excel = new MockExcel();
    excel.addSheet({ name: '说明', visibility: 'Hidden', used: { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 1 }, value: (r) => `说明${r}` });
    excel.addSheet({ name: '_内部', visibility: 'VeryHidden', used: { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 } });
    excel.addSheet({ name: '台账', used: { rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 2 }, value: (r, c) => r * 10 + c, merges: "'台账'!A1:B1, '台账'!A2:A3" });
    excel.addSheet({ name: '空表', used: null });
    const grid = await new ExcelWorkbook(excel.run, { isSetSupported: all }).readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual(['说明', '台账', '空表']);
    expect(grid.sheets[0]).toEqual({ name: '说明', values: [['说明0'], ['说明1']], numberFormats: [['General'], ['General']], origin: { row: 0, col: 0 }, hidden: true });
    expect(grid.sheets[1]!.merges).toEqual(['A1:B1', 'A2:A3']);
    expect(grid.sheets[1]!.values).toEqual([[0, 1], [10, 11], [20, 21]]);
    expect(grid.sheets[2]).toEqual({ name: '空表', values: [], numberFormats: [] });
    expect(grid.identity).toBeUndefined();
  });

  it('reads only the named sheets, and names a missing one in Chinese', async () => {
    const excel = new MockExcel();
    excel.addSheet({ name: 'A', used: { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }, value: () => 'a' });
    excel.addSheet({ name: 'B', used: { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }, value: () => 'b' });
    const wb = new ExcelWorkbook(excel.run, { isSetSupported: () => false });
    const grid = await wb.readGrid({ sheets: ['B'] });
    expect(grid.sheets.map((s) => [s.name, s.values, s.merges])).toEqual([['B', [['b']], undefined]]);
    await expect(wb.readGrid({ sheets: ['C'] })).rejects.toMatchObject({ code: 'sheet-missing', message: '找不到工作表“C”，可能已被改名或删除。请重新校验。' });
  });
});
