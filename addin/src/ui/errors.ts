import { ApiError } from '../api/client.ts';
import { WorkbookError } from '../workbook/errors.ts';

/** The Chinese text to show for any failure; unknown errors get a generic line rather than an English stack. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError || error instanceof WorkbookError) return error.message;
  return '操作未完成，请重试；如果一直失败，请联系机关党委。';
}
