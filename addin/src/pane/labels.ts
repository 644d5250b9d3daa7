export type SubmissionStatus = 'accepted' | 'accepted_with_warnings' | 'rejected' | 'returned';

/** Status words and badge colours for 我的报送. */
export const SUBMISSION_STATUS: Record<SubmissionStatus, { text: string; color: 'success' | 'warning' | 'danger' | 'important' }> = {
  accepted: { text: '已接收', color: 'success' },
  accepted_with_warnings: { text: '已接收（有提醒）', color: 'warning' },
  rejected: { text: '未通过', color: 'danger' },
  returned: { text: '已退回', color: 'important' },
};

/** "2026-07-10T02:03:04.000Z" → "2026-07-10 10:03" in China time, where every deadline is set. */
export function chinaTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** The facts of one stored version that 我的报送 prints under its name. */
export interface VersionFacts {
  submittedAt: string;
  fileName: string;
  status: SubmissionStatus;
  rowsRead: number;
  rowCount: number;
  nilReturn: boolean;
  errors: number;
  warnings: number;
}

/**
 * "2026-07-10 10:03 · 承诺践诺台账.xlsx · 读取 10 行，未计入 · 错误 3 · 提醒 0": the rows the
 * reader found, even for a version refused for errors (whose rows are not
 * counted), so the unit sees its file was read in full.
 */
export function versionLine(s: VersionFacts): string {
  const rows = s.nilReturn
    ? '声明本期无此事项'
    : s.status === 'rejected'
      ? `读取 ${s.rowsRead} 行，未计入`
      : `读取 ${s.rowsRead} 行${s.rowCount !== s.rowsRead ? `（计入 ${s.rowCount} 行）` : ''}`;
  return `${chinaTime(s.submittedAt)} · ${s.fileName} · ${rows} · 错误 ${s.errors} · 提醒 ${s.warnings}`;
}

/** A reviewing unit as the worker names it (reviewEvents[].by, returnedBy); null is the 机关党委 (the office's admin). */
export type ReviewerRef = { unitCode: string; name: string } | null;

/** Who approved or sent back a version: the level above by name, or the 机关党委. */
export const reviewerName = (by: ReviewerRef): string => by?.name ?? '机关党委';

/** 「综合业务党总支退回意见：…」: the comment as the unit reads it, naming the level that sent it back. */
export const returnCommentText = (by: ReviewerRef, comment: string): string => `${reviewerName(by)}退回意见：${comment}`;

/** 逐级审核 of a version (null: its ledger needs no review). */
export const REVIEW_TEXT = { pending: '待审核', approved: '审核通过' } as const;
