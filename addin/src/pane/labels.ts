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
