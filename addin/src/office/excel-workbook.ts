/// <reference types="office-js" />
import type { Grid } from '../../../templates/model/grid.ts';
import type { IssueMark, MarkResult, ReadGridOptions, ReportSheet, WorkbookAdapter } from '../workbook/adapter.ts';
import { unsupportedError } from '../workbook/errors.ts';
import { officeIsSetSupported, runWithRetry, type ExcelRun, type IsSetSupported, type RetryOptions } from './host.ts';
import { insertTemplateInContext } from './insert-template.ts';
import { clearMarksInContext, markIssuesInContext } from './marks.ts';
import { readGridInContext } from './read-grid.ts';
import { selectCellInContext } from './select-cell.ts';
import { writeReportSheetsInContext } from './write-report.ts';

export interface ExcelWorkbookOptions {
  isSetSupported?: IsSetSupported;
  retry?: RetryOptions;
  /** Cells per read request (tests use small values). */
  chunkCells?: number;
}

/**
 * The WorkbookAdapter over Office.js: the only place `Excel.run` is called.
 * Requirement sets: ExcelApi 1.7 throughout (the manifest's minimum), 1.9 for
 * telling "no fill" from white, 1.13 for merges and inserting templates,
 * 1.18 for notes.
 */
export class ExcelWorkbook implements WorkbookAdapter {
  private readonly isSetSupported: IsSetSupported;

  constructor(
    private readonly excelRun: ExcelRun = Excel.run as ExcelRun,
    private readonly options: ExcelWorkbookOptions = {},
  ) {
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  }

  private run<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return runWithRetry(this.excelRun, action, batch, this.options.retry);
  }

  readGrid(options: ReadGridOptions = {}): Promise<Grid> {
    return this.run('校验当前工作簿', (ctx) =>
      readGridInContext(ctx, { ...options, isSetSupported: this.isSetSupported, chunkCells: this.options.chunkCells }),
    );
  }

  markIssues(marks: IssueMark[]): Promise<MarkResult> {
    return this.run('在表格中标出问题', (ctx) => markIssuesInContext(ctx, marks, this.isSetSupported));
  }

  clearMarks(): Promise<number> {
    return this.run('清除标记', (ctx) => clearMarksInContext(ctx, this.isSetSupported));
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run('定位到单元格', (ctx) => selectCellInContext(ctx, sheet, cell));
  }

  insertTemplate(base64: string): Promise<string[]> {
    if (!this.isSetSupported('ExcelApi', '1.13')) return Promise.reject(unsupportedError('在当前工作簿中插入模板', 'ExcelApi 1.13'));
    return this.run('插入空白模板', (ctx) => insertTemplateInContext(ctx, base64));
  }

  writeReportSheets(sheets: ReportSheet[]): Promise<void> {
    return this.run('写入汇总表', (ctx) => writeReportSheetsInContext(ctx, sheets));
  }
}
