import type { CellValue } from '../model/grid.ts';
import { periodRange } from '../model/period.ts';
import { defaultPeriodWindow } from '../model/period-defaults.ts';
import type { Parsed } from './number.ts';
import { isDateFormat } from './date-format.ts';
import { cleanText, toHalfWidth } from './text.ts';

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system, shifted by its 1900-02-29 leap-year bug. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** A plain number in a date column is read as a serial only in 2000-01-01..2099-12-31. */
const PLAUSIBLE_SERIAL = { min: 36_526, max: 73_050 };
/** Excel's own date range: 1 = 1900-01-01 .. 2958465 = 9999-12-31; beyond it a date cell shows ####. */
const EXCEL_MAX_SERIAL = 2_958_465;

/** Ledgers repeat the same few hundred dates; Date formatting per cell dominated validation time. */
const isoCache = new Map<number, string | null>();

export function serialToIso(serial: number): string | null {
  const whole = Math.floor(serial);
  const cached = isoCache.get(whole);
  if (cached !== undefined) return cached;
  const iso = computeIso(whole);
  if (isoCache.size < 50_000) isoCache.set(whole, iso);
  return iso;
}

function computeIso(whole: number): string | null {
  // Outside Excel's range (1e15 in a date-formatted cell) Date would throw; NaN fails every comparison.
  if (!(whole >= 1 && whole <= EXCEL_MAX_SERIAL) || whole === 60) return null; // 60 is Excel's non-existent 1900-02-29
  const ms = EXCEL_EPOCH + (whole < 60 ? whole + 1 : whole) * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / MS_PER_DAY;
  return days < 61 ? days - 1 : days;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null; // 2026-02-30 and the like
  return t.toISOString().slice(0, 10);
}

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*[日号]?$/;

/**
 * How a bare month-day (7月15日) gets its year: a fixed year, or the stretch a
 * ledger's own dates fall in.
 */
export type MonthDayYear = number | { start: string; until: string };

/**
 * The stretch a ledger of `periodCode` is filled in: its period, then the
 * reporting window up to the end of the month its ledger is due in (DOMAIN §2:
 * 2026H2 → 2026-07-01..2027-01-31, 2026H1 → 2026-01-01..2026-07-31).
 */
export function monthDayYearOf(periodCode: string): MonthDayYear | undefined {
  const range = periodRange(periodCode);
  const window = defaultPeriodWindow(periodCode);
  if (!range || !window) return undefined;
  const [y, m] = window.due.split('-').map(Number) as [number, number];
  const until = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { start: range.start, until: until > range.end ? until : range.end };
}

/**
 * The rule: a month-day takes the period's year if that puts it inside the
 * stretch, else the next year if that does (1月10日 in a 2026H2 ledger is the
 * filing month, 2027-01-10), else the period's year as written (12月31日 in a
 * 2026H1 ledger is the year-end deadline 2026-12-31; a date that then lies
 * outside the period is left to the rules that check it).
 */
function yearOf(rule: MonthDayYear, month: number, day: number): number {
  if (typeof rule === 'number') return rule;
  const first = Number(rule.start.slice(0, 4));
  for (const y of [first, first + 1]) {
    const d = iso(y, month, day);
    if (d && d >= rule.start && d <= rule.until) return y;
  }
  return first;
}

/** A date written in a form we read, whose day the month does not have (2026年6月31日, 2026-02-30). */
export interface NoSuchDay {
  month: number;
  day: number;
}

function noSuchDay(y: number, m: number, d: number): NoSuchDay | undefined {
  return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && iso(y, m, d) === null ? { month: m, day: d } : undefined;
}

/**
 * Every date form DOMAIN §5 lists: Excel serials (date-formatted, or plain
 * numbers in a plausible range), 2026-07-15, 2026/7/15, 2026.7.15,
 * 2026年7月15日, 20260715, and 7月15日 (year from `monthDayYear`, see yearOf).
 * Anything else is refused rather than guessed.
 */
export function parseDate(value: CellValue, numberFormat: string, monthDayYear?: MonthDayYear): Parsed<string> | { ok: false; noSuchDay: NoSuchDay } {
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat) || (value >= PLAUSIBLE_SERIAL.min && value <= PLAUSIBLE_SERIAL.max)) {
      const s = serialToIso(value);
      return s ? { ok: true, value: s } : { ok: false };
    }
    if (Number.isInteger(value)) return parseDate(String(value), 'General', monthDayYear);
    return { ok: false };
  }
  if (typeof value !== 'string') return { ok: false };
  const s = toHalfWidth(cleanText(value));
  let m = FULL.exec(s) ?? COMPACT.exec(s);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY.exec(s);
  if (m && monthDayYear !== undefined) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return dated(yearOf(monthDayYear, month, day), month, day);
  }
  return { ok: false };
}

/** A date, or why not: a day the month lacks is said as such, not as an unreadable form. */
function dated(y: number, m: number, d: number): Parsed<string> | { ok: false; noSuchDay: NoSuchDay } {
  const v = iso(y, m, d);
  if (v) return { ok: true, value: v };
  const missing = noSuchDay(y, m, d);
  return missing ? { ok: false, noSuchDay: missing } : { ok: false };
}

function wrap(v: string | null): Parsed<string> {
  return v ? { ok: true, value: v } : { ok: false };
}
