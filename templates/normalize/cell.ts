import type { ColumnDef, Value } from '../model/definition.ts';
import type { IssueCode } from '../model/issue.ts';
import { EXCEL_MAX_CELL_CHARS, type CellValue } from '../model/grid.ts';
import { parseDate, type MonthDayYear } from './date.ts';
import { parseNumber, parsePercent } from './number.ts';
import { cleanText, enumKey } from './text.ts';

export type CellOutcome =
  | { ok: true; value: Value }
  | { ok: false; code: IssueCode; expected?: string | number | string[]; params?: Record<string, number> };

const EXCEL_ERRORS = new Set(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

export function isBlank(v: CellValue | undefined): boolean {
  if (v === undefined || v === '') return true;
  if (typeof v !== 'string') return false;
  // Only spaces and zero-width characters clean away to nothing: a visible first character (ASCII or CJK) settles it.
  const first = v.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x4e00 && first <= 0x9fff)) return false;
  return cleanText(v) === '';
}

/**
 * Turns one raw cell into the column's normalised value, or says why it
 * cannot be done safely. Blank cells become null here; `required` is judged by
 * the caller, which knows the row.
 */
export function normalizeCell(
  col: ColumnDef,
  raw: CellValue | undefined,
  numberFormat: string,
  enumMap: Map<string, string> | undefined,
  monthDayYear: MonthDayYear | undefined,
): CellOutcome {
  // Cleaned once: this runs for every cell of a 20,000-row ledger (isBlank's test, inlined).
  const text = typeof raw === 'string' ? cleanText(raw) : undefined;
  if (raw === undefined || text === '') return { ok: true, value: null };
  const v = raw;
  // Past Excel's own cap (the reader keeps one character more of such a cell): too long whatever the column, and never parsed.
  if (typeof v === 'string' && v.length > EXCEL_MAX_CELL_CHARS) return { ok: false, code: 'cell/too-long', expected: EXCEL_MAX_CELL_CHARS };
  if (text !== undefined && EXCEL_ERRORS.has(text)) return { ok: false, code: 'cell/formula-error' };
  switch (col.type) {
    case 'text': {
      const s = text ?? String(v);
      if (col.maxLength && s.length > col.maxLength) return { ok: false, code: 'cell/too-long', expected: col.maxLength };
      return { ok: true, value: s };
    }
    case 'enum': {
      const hit = enumMap?.get(enumKey(String(v)));
      return hit ? { ok: true, value: hit } : { ok: false, code: 'cell/enum', expected: (col.options ?? []).map((o) => o.value) };
    }
    case 'date': {
      const d = parseDate(v, numberFormat, monthDayYear);
      if (d.ok) return { ok: true, value: d.value };
      return { ok: false, code: 'cell/date', expected: '2026-07-15', ...('noSuchDay' in d ? { params: { ...d.noSuchDay } } : {}) };
    }
    case 'int':
    case 'number': {
      const n = parseNumber(v);
      if (!n.ok) return { ok: false, code: col.type === 'int' ? 'cell/integer' : 'cell/number' };
      if (col.type === 'int' && !Number.isInteger(n.value)) return { ok: false, code: 'cell/integer' };
      return bounded(col, n.value);
    }
    case 'percent': {
      const p = parsePercent(v, numberFormat);
      return p.ok ? bounded(col, p.value) : { ok: false, code: 'cell/percent', expected: '95%' };
    }
  }
}

/** Limits are reported as the user reads them: a percent column's max of 1 is "100%". */
function bounded(col: ColumnDef, n: number): CellOutcome {
  if (col.min !== undefined && n < col.min) return { ok: false, code: 'cell/min', expected: shown(col, col.min) };
  if (col.max !== undefined && n > col.max) return { ok: false, code: 'cell/max', expected: shown(col, col.max) };
  return { ok: true, value: n };
}

// Not a closure inside bounded: bundlers that keep function names wrap every closure created per cell.
const shown = (col: ColumnDef, limit: number): string | number => (col.type === 'percent' ? `${Math.round(limit * 1000) / 10}%` : limit);
