/// <reference types="office-js" />
import { busyError, cellEditModeError, WorkbookError } from '../workbook/errors.ts';

/** `Excel.run` narrowed to the one overload we use, so tests can pass a mock. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, injectable for tests. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(name, minVersion) === true;

/** Host states that pass on their own (Excel busy, a co-author's edit, a dropped request). */
const TRANSIENT = new Set(['GeneralException', 'RequestAborted', 'Conflict', 'ServiceNotAvailable', 'ActivityLimitReached']);
const PAYLOAD = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);

export const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

export const isPayloadTooLarge = (error: unknown): boolean => PAYLOAD.has(errorCode(error) ?? '');

export interface RetryOptions {
  attempts?: number;
  /** Backoff before retry i (0-based), in ms. */
  delays?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_DELAYS = [300, 1000, 3000] as const;
const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one batch, retrying transient host errors a bounded number of times;
 * cell-edit mode is not retried (only the user can leave it) and becomes a
 * Chinese instruction. `action` names the button the user pressed.
 */
export async function runWithRetry<T>(run: ExcelRun, action: string, batch: (context: Excel.RequestContext) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delays ?? DEFAULT_DELAYS;
  const attempts = options.attempts ?? delays.length + 1;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(batch);
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      const code = errorCode(error);
      if (code === 'InvalidOperationInCellEditMode') throw cellEditModeError(action, error);
      if (!TRANSIENT.has(code ?? '')) throw hostError(action, error);
      if (attempt + 1 >= attempts) throw busyError(action, error);
      await sleep(delays[Math.min(attempt, delays.length - 1)] ?? 1000);
    }
  }
}

/** Anything else the host reports, with its own text kept for support. */
export function hostError(action: string, error: unknown): WorkbookError {
  const code = errorCode(error);
  if (code === 'AccessDenied') return new WorkbookError('protected', `“${action}”被拒绝：工作表或工作簿受保护。请在“审阅 → 撤消工作表保护”后重试。`, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError('host', `Excel 无法完成“${action}”（${code ?? '未知错误'}：${detail}）。请保存工作簿后重试。`, { cause: error });
}
