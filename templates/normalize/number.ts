import type { CellValue } from '../model/grid.ts';
import { cleanText, toHalfWidth } from './text.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number typed as text: full-width digits, thousands separators and spaces are safe to fold. */
export function parseNumber(value: CellValue): Parsed<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false };
  if (typeof value !== 'string') return { ok: false };
  const s = toHalfWidth(cleanText(value)).replace(/[,\s]/g, '');
  if (!NUMERIC.test(s)) return { ok: false };
  return { ok: true, value: Number(s) };
}

/**
 * Percent as staff write it: a fraction in a %-formatted cell (0.95), a
 * number of points (95), or text ("95%", "95.5％", "0.95"). A bare number
 * above 1 is read as points, since a satisfaction rate above 100% cannot be meant.
 */
export function parsePercent(value: CellValue, numberFormat: string): Parsed<number> {
  if (typeof value === 'string') {
    const s = toHalfWidth(cleanText(value)).replace(/\s/g, '');
    if (s.endsWith('%')) {
      const n = parseNumber(s.slice(0, -1));
      return n.ok ? { ok: true, value: round(n.value / 100) } : n;
    }
  }
  const n = parseNumber(value);
  if (!n.ok) return n;
  if (typeof value === 'number' && numberFormat.includes('%')) return n;
  return { ok: true, value: n.value > 1 ? round(n.value / 100) : n.value };
}

/** Keeps 95.5 / 100 from turning into 0.9550000000000001. */
function round(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}
