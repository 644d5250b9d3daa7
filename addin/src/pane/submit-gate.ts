import type { Report } from '../api/client.ts';

export interface SubmitGate {
  enabled: boolean;
  /** Why 报送 is not available yet, shown next to the button. */
  reason: string | null;
}

/**
 * 报送 is offered only for a ledger whose last check found no error: one
 * click must not store a version the office will only see as 已拒收. (The API
 * still stores rejected versions for scripts; the pane does not send them.)
 */
export function submitGate(report: Report | null): SubmitGate {
  if (!report) return { enabled: false, reason: '请先校验，通过后才能报送。' };
  if (!report.template) return { enabled: false, reason: '这个文件不是可报送的台账，请按下面的提示处理。' };
  if (report.stats.errors > 0) return { enabled: false, reason: `还有 ${report.stats.errors} 个错误，改正后重新校验才能报送。` };
  return { enabled: true, reason: null };
}
