import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/pledge-ledger.ts';
import { writeBlankTemplate } from '../../../templates/xlsx/write-template.ts';
import { ExcelWorkbook } from '../../../addin/src/office/excel-workbook.ts';
import { base64ToBytes, bytesToBase64, xlsxSheetNames } from '../../../addin/src/workbook/xlsx-sheets.ts';
import { MockExcel } from './mock-excel.ts';

const template = async () => bytesToBase64(await writeBlankTemplate(pledgeLedger));

describe('ExcelWorkbook.insertTemplate', () => {
  it('inserts the package unchanged at the end when no name clashes', async () => {
    const excel = new MockExcel();
    excel.addSheet({ name: 'Sheet1' });
    const base64 = await template();
    const names = xlsxSheetNames(base64ToBytes(base64));
    expect(names).toEqual(['填报说明', '承诺践诺台账']);
    excel.insertNames = names;
    const inserted = await new ExcelWorkbook(excel.run, { isSetSupported: () => true }).insertTemplate(base64);
    expect(inserted).toEqual(['填报说明', '承诺践诺台账']);
    expect(excel.inserted[0]!.base64).toBe(base64);
    expect(excel.log).toContain('insert {"positionType":"End"}');
    expect(excel.active).toBe('承诺践诺台账');
  });

  it('renames clashing sheets inside the package before inserting ("填报说明 (2)")', async () => {
    const excel = new MockExcel();
    excel.addSheet({ name: '填报说明' });
    const base64 = await template();
    excel.insertNames = ['填报说明 (2)', '承诺践诺台账'];
    const inserted = await new ExcelWorkbook(excel.run, { isSetSupported: () => true }).insertTemplate(base64);
    expect(inserted).toEqual(['填报说明 (2)', '承诺践诺台账']);
    expect(xlsxSheetNames(base64ToBytes(excel.inserted[0]!.base64))).toEqual(['填报说明 (2)', '承诺践诺台账']);
  });

  it('refuses without ExcelApi 1.13, in Chinese', async () => {
    const excel = new MockExcel();
    await expect(new ExcelWorkbook(excel.run, { isSetSupported: () => false }).insertTemplate(await template())).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('ExcelApi 1.13'),
    });
    expect(excel.syncs).toBe(0);
  });
});
