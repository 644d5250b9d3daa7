import type { ColumnDef, TemplateDefinition } from '../model/definition.ts';
import { headerKey } from '../normalize/text.ts';
import type { SheetView } from './sheet-access.ts';

export interface HeaderMatch {
  /** 0-based row of the (last) header row. */
  row: number;
  /** Sheet column (0-based) → template column. */
  columns: Map<number, ColumnDef>;
  /** Non-empty header cells that match no column. */
  extra: { col: number; text: string }[];
  /** Columns that appear a second time (the later cell is ignored). */
  duplicates: { col: number; def: ColumnDef; firstCol: number }[];
  missing: ColumnDef[];
  requiredFound: number;
}

const MAX_HEADER_COLUMNS = 256;

const lookups = new WeakMap<TemplateDefinition, Map<string, ColumnDef>>();

export function headerLookup(def: TemplateDefinition): Map<string, ColumnDef> {
  let map = lookups.get(def);
  if (!map) {
    map = new Map();
    for (const col of def.columns) for (const h of [col.header, ...(col.aliases ?? [])]) map.set(headerKey(h), col);
    lookups.set(def, map);
  }
  return map;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/**
 * No header or alias comes near this length. A longer cell is never keyed:
 * the search looks at up to 30 rows × 256 columns for each of nine templates,
 * and keying a 32,767-character cell each time made one hostile file run for
 * minutes.
 */
const MAX_HEADER_CHARS = 200;

const keyOf = (s: string): string => (s.length > MAX_HEADER_CHARS ? '' : headerKey(s));

/**
 * Finds the header row of `def` in the first `scanRows` rows: under title
 * rows, with moved or extra columns, and across a two-row header (a merged
 * group header over sub-headers, or a header cell merged down both rows).
 */
export function findHeader(view: SheetView, def: TemplateDefinition, scanRows = 30): HeaderMatch | null {
  const lookup = headerLookup(def);
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  const end = Math.min(view.rowEnd, view.originRow + scanRows);
  for (let row = view.originRow; row < end; row++) {
    const match = matchRow(view, row, lookup, def);
    const score = match.columns.size;
    if (score > bestScore) {
      best = match;
      bestScore = score;
    }
  }
  return best;
}

function matchRow(view: SheetView, row: number, lookup: Map<string, ColumnDef>, def: TemplateDefinition): HeaderMatch {
  const columns = new Map<number, ColumnDef>();
  const seen = new Map<string, number>();
  const extra: HeaderMatch['extra'] = [];
  const duplicates: HeaderMatch['duplicates'] = [];
  // Headers live in the first columns; a 16,384-wide row must not cost 16,384 lookups per template per row.
  const width = Math.min(Math.max(view.width(row), row > 0 ? view.width(row - 1) : 0), view.originCol + MAX_HEADER_COLUMNS);
  for (let col = view.originCol; col < width; col++) {
    const sub = text(view.shown(row, col));
    const group = row > view.originRow ? text(view.shown(row - 1, col)) : '';
    const def_ =
      (sub && lookup.get(keyOf(sub))) ||
      (sub && group && lookup.get(keyOf(group + sub))) ||
      (!sub && group && lookup.get(keyOf(group))) ||
      undefined;
    if (!def_) {
      if (sub.trim()) extra.push({ col, text: sub });
      continue;
    }
    const first = seen.get(def_.key);
    if (first !== undefined) {
      duplicates.push({ col, def: def_, firstCol: first });
      continue;
    }
    seen.set(def_.key, col);
    columns.set(col, def_);
  }
  const missing = def.columns.filter((c) => !seen.has(c.key));
  const requiredFound = def.columns.filter((c) => c.required && seen.has(c.key)).length;
  return { row, columns, extra, duplicates, missing, requiredFound };
}
