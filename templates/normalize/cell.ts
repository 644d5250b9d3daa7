import type { ColumnDef, Value } from '../model/definition.ts';
import type { IssueCode } from '../model/issue.ts';
import type { CellValue } from '../model/grid.ts';
import { parseDate } from './date.ts';
import { parseNumber, parsePercent } from './number.ts';
import { cleanText, enumKey } from './text.ts';

export type CellOutcome =
  | { ok: true; value: Value }
  | { ok: false; code: IssueCode; expected?: string | number | string[] };

const EXCEL_ERRORS = new Set(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

export function isBlank(v: CellValue | undefined): boolean {
  return v === undefined || v === '' || (typeof v === 'string' && cleanText(v) === '');
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
  defaultYear: number | undefined,
): CellOutcome {
  if (isBlank(raw)) return { ok: true, value: null };
  const v = raw as CellValue;
  if (typeof v === 'string' && EXCEL_ERRORS.has(cleanText(v))) return { ok: false, code: 'cell/formula-error' };
  switch (col.type) {
    case 'text': {
      const s = typeof v === 'string' ? cleanText(v) : String(v);
      if (col.maxLength && s.length > col.maxLength) return { ok: false, code: 'cell/too-long', expected: col.maxLength };
      return { ok: true, value: s };
    }
    case 'enum': {
      const hit = enumMap?.get(enumKey(String(v)));
      return hit ? { ok: true, value: hit } : { ok: false, code: 'cell/enum', expected: (col.options ?? []).map((o) => o.value) };
    }
    case 'date': {
      const d = parseDate(v, numberFormat, defaultYear);
      return d.ok ? { ok: true, value: d.value } : { ok: false, code: 'cell/date', expected: '2026-07-15' };
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
  const shown = (limit: number) => (col.type === 'percent' ? `${Math.round(limit * 1000) / 10}%` : limit);
  if (col.min !== undefined && n < col.min) return { ok: false, code: 'cell/min', expected: shown(col.min) };
  if (col.max !== undefined && n > col.max) return { ok: false, code: 'cell/max', expected: shown(col.max) };
  return { ok: true, value: n };
}
