/// <reference types="office-js" />
import { singleCell } from '../workbook/a1.ts';
import { sheetMissingError, WorkbookError } from '../workbook/errors.ts';

/** Shows a sheet and selects one cell (the pane's "go to this issue"). */
export async function selectCellInContext(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const address = singleCell(cell);
  if (!address) throw new WorkbookError('host', `单元格地址“${cell}”无效。`);
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) throw sheetMissingError(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
