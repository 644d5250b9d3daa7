import type { CellValue } from '../model/grid.ts';
import type { Parsed } from './number.ts';
import { isDateFormat } from './date-format.ts';
import { cleanText, toHalfWidth } from './text.ts';

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system, shifted by its 1900-02-29 leap-year bug. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** A plain number in a date column is read as a serial only in 2000-01-01..2099-12-31. */
const PLAUSIBLE_SERIAL = { min: 36_526, max: 73_050 };

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
  if (whole < 1 || whole === 60) return null; // 60 is Excel's non-existent 1900-02-29
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
 * Every date form DOMAIN §5 lists: Excel serials (date-formatted, or plain
 * numbers in a plausible range), 2026-07-15, 2026/7/15, 2026.7.15,
 * 2026年7月15日, 20260715, and 7月15日 (year taken from `defaultYear`).
 * Anything else is refused rather than guessed.
 */
export function parseDate(value: CellValue, numberFormat: string, defaultYear?: number): Parsed<string> {
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat) || (value >= PLAUSIBLE_SERIAL.min && value <= PLAUSIBLE_SERIAL.max)) {
      const s = serialToIso(value);
      return s ? { ok: true, value: s } : { ok: false };
    }
    if (Number.isInteger(value)) return parseDate(String(value), 'General', defaultYear);
    return { ok: false };
  }
  if (typeof value !== 'string') return { ok: false };
  const s = toHalfWidth(cleanText(value));
  let m = FULL.exec(s) ?? COMPACT.exec(s);
  if (m) return wrap(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  m = MONTH_DAY.exec(s);
  if (m && defaultYear) return wrap(iso(defaultYear, Number(m[1]), Number(m[2])));
  return { ok: false };
}

function wrap(v: string | null): Parsed<string> {
  return v ? { ok: true, value: v } : { ok: false };
}
