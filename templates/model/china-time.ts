/**
 * Days are calendar days in China (the service, the CLIs and the add-in all
 * judge "today" and deadlines this way). Deadlines are calendar days in China (UTC+8, no daylight saving): a file
 * sent at 23:30 on 7月15日 Beijing time is on time although it is already
 * 15:30 UTC.
 */
export const chinaDate = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Late (逾期) when the China calendar day of submission is after the due day. */
export const isLate = (at: Date, due: string): boolean => chinaDate(at) > due;

/** Whole calendar days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier: 还剩 N 天 / 已逾期 N 天. */
export const calendarDaysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
