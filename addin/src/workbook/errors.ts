/**
 * Failures the pane shows to the user. The message is the Chinese text to
 * display; `code` lets the UI choose what else to offer (retry, download…).
 */
export type WorkbookErrorCode =
  | 'cell-edit-mode'
  | 'busy'
  | 'unsupported'
  | 'sheet-missing'
  | 'protected'
  | 'invalid-name'
  | 'invalid-template'
  | 'host';

export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  constructor(readonly code: WorkbookErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export const cellEditModeError = (action: string, cause?: unknown): WorkbookError =>
  new WorkbookError('cell-edit-mode', `请先退出单元格编辑状态（按 Enter 或 Esc），再点击“${action}”。`, { cause });

export const busyError = (action: string, cause?: unknown): WorkbookError =>
  new WorkbookError('busy', `Excel 正忙，“${action}”暂时无法完成。请稍候几秒再试；若一直如此，请保存并重新打开工作簿。`, { cause });

export const unsupportedError = (feature: string, requirement: string): WorkbookError =>
  new WorkbookError('unsupported', `当前 Excel 版本不支持${feature}（需要 ${requirement}）。请升级到 Microsoft 365 版 Excel 或使用网页版 Excel；也可以在网页上下载文件后操作。`);

export const sheetMissingError = (sheet: string): WorkbookError =>
  new WorkbookError('sheet-missing', `找不到工作表“${sheet}”，可能已被改名或删除。请重新校验。`);
