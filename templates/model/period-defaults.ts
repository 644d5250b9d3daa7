import { periodRange } from './period.ts';

export interface PeriodWindow {
  /** First day a unit may report ('YYYY-MM-DD'): the period's own start. */
  opens: string;
  /** Last on-time day ('YYYY-MM-DD'); a later submission is 逾期报送. */
  due: string;
}

/**
 * DOMAIN §2 defaults, which the admin may change per template: a half year is
 * due on the 15th of the month after it ends (H1 → 7月15日, H2 → next 1月15日),
 * a year on the next 1月15日, a month at its end (月末).
 */
export function defaultPeriodWindow(code: string, dueDay = 15): PeriodWindow | null {
  const range = periodRange(code);
  if (!range) return null;
  const day = String(dueDay).padStart(2, '0');
  const year = Number(code.slice(0, 4));
  if (/H1$/.test(code)) return { opens: range.start, due: `${year}-07-${day}` };
  if (/H2$/.test(code) || /^\d{4}$/.test(code)) return { opens: range.start, due: `${year + 1}-01-${day}` };
  return { opens: range.start, due: range.end };
}
