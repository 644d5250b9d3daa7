/// <reference types="office-js" />
import { WorkbookError } from '../workbook/errors.ts';
import { uniqueSheetName } from '../workbook/sheet-names.ts';
import { base64ToBytes, bytesToBase64, renameXlsxSheets, xlsxSheetNames } from '../workbook/xlsx-sheets.ts';

/**
 * Inserts every sheet of a template package at the end of the workbook
 * (insertWorksheetsFromBase64, ExcelApi 1.13) and shows its data sheet.
 * Clashing names are renamed in the package first ("填报说明 (2)").
 */
export async function insertTemplateInContext(context: Excel.RequestContext, base64: string): Promise<string[]> {
  let names: string[];
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(base64);
    names = xlsxSheetNames(bytes);
  } catch (error) {
    throw new WorkbookError('invalid-template', '模板文件无法读取，请重新下载模板后再插入。', { cause: error });
  }
  if (names.length === 0) throw new WorkbookError('invalid-template', '模板文件中没有工作表，请重新下载模板后再插入。');

  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const renames = new Map<string, string>();
  const finalNames = names.map((name) => {
    const target = uniqueSheetName(name, taken);
    taken.push(target);
    if (target !== name) renames.set(name, target);
    return target;
  });
  const payload = renames.size > 0 ? bytesToBase64(renameXlsxSheets(bytes, renames)) : base64;

  const ids = context.workbook.insertWorksheetsFromBase64(payload, { positionType: 'End' });
  await context.sync();
  // Read the names back from the ids: that is what the user now sees.
  const inserted = ids.value.map((id) => {
    const sheet = sheets.getItem(id);
    sheet.load('name');
    return sheet;
  });
  const dataSheet = inserted[inserted.length - 1];
  dataSheet?.activate();
  await context.sync();
  return inserted.length === finalNames.length ? inserted.map((s) => s.name) : finalNames;
}
