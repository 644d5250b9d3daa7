import type { Grid, GridSheet } from '../model/grid.ts';
import { parseNumber } from '../normalize/number.ts';
import { cleanText, headerKey } from '../normalize/text.ts';
import { a1, SheetView } from '../read/sheet-access.ts';
import { createsCycle } from './unit-tree.ts';
import { UNIT_LIST_COLUMNS, type UnitListKey } from './unit-list-columns.ts';
import { checkUnitCell } from './unit-list-cell.ts';

export interface UnitListProblem {
  sheet: string;
  /** A1 address; absent when the problem is the sheet as a whole. */
  cell?: string;
  message: string;
}

/** One row of the unit list; the worker stores it as a unit, the consolidate CLI as a summary unit. */
export interface UnitListEntry {
  code: string;
  name: string;
  parentCode: string | null;
  members: number;
  teams: number;
  branches: number;
  /** 联系人 for 催报; undefined when the list has no such column (what is stored stays), null when blank. */
  contactName?: string | null;
  /** 联系电话; as contactName. */
  contactPhone?: string | null;
}

/** Every unit that has a valid code, and every problem found. The service imports nothing when there is a problem; the CLI reports and goes on. */
export interface UnitListResult {
  units: UnitListEntry[];
  problems: UnitListProblem[];
}

const HEADER_SCAN_ROWS = 20;
const HEADER_KEYS = UNIT_LIST_COLUMNS.map((c) => ({ key: c.key, names: new Set([c.header, ...c.aliases].map(headerKey)) }));

function findHeader(view: SheetView): { row: number; cols: Map<UnitListKey, number> } | null {
  for (let row = view.originRow; row < Math.min(view.rowEnd, view.originRow + HEADER_SCAN_ROWS); row++) {
    const cols = new Map<UnitListKey, number>();
    for (let col = view.originCol; col < view.width(row); col++) {
      const text = view.value(row, col);
      const match = typeof text === 'string' ? HEADER_KEYS.find((c) => c.names.has(headerKey(text))) : undefined;
      if (match && !cols.has(match.key)) cols.set(match.key, col);
    }
    if (cols.has('code')) return { row, cols };
  }
  return null;
}

const text = (v: unknown): string => (typeof v === 'number' ? String(v) : typeof v === 'string' ? cleanText(v) : '');
const COUNTS = ['members', 'teams', 'branches'] as const;
const CONTACTS = ['contactName', 'contactPhone'] as const;

/**
 * Grid of a unit list (单位名单) → units and every problem found, each with its
 * cell and a Chinese message. Every cell is checked against the same field
 * schema as the JSON API (unit-fields.ts). `existing` are units already known
 * (code → parent) so parents may refer to them and loops through them are caught.
 */
export function readUnitList(grid: Grid, existing: ReadonlyMap<string, string | null> = new Map()): UnitListResult {
  const sheet: GridSheet | undefined = grid.sheets.find((s) => findHeader(new SheetView(s)) !== null);
  if (!sheet) {
    const headers = UNIT_LIST_COLUMNS.map((c) => c.header).join('、');
    return { units: [], problems: [{ sheet: grid.sheets[0]?.name ?? '', message: `未找到表头“单位编码”：请使用单位名单模板（${headers}）` }] };
  }
  const view = new SheetView(sheet);
  const header = findHeader(view)!;
  const problems: UnitListProblem[] = [];
  const at = (row: number, key: UnitListKey) => a1(row, header.cols.get(key)!);
  const missing = UNIT_LIST_COLUMNS.filter((c) => c.required && !header.cols.has(c.key));
  for (const c of missing) problems.push({ sheet: sheet.name, cell: a1(header.row, view.originCol), message: `第 ${header.row + 1} 行的表头缺少“${c.header}”列` });
  if (missing.length > 0) return { units: [], problems };

  const units: UnitListEntry[] = [];
  const rowOf = new Map<string, number>();
  for (let row = header.row + 1; row < view.rowEnd; row++) {
    const raw = (key: UnitListKey) => (header.cols.has(key) ? view.value(row, header.cols.get(key)!) : '');
    if (UNIT_LIST_COLUMNS.every((c) => text(raw(c.key)) === '')) continue;
    /** The cell's value when it passes its field's schema; its problem is recorded otherwise. */
    const check = <T>(key: UnitListKey, value: unknown): { ok: true; value: T } | { ok: false } => {
      const cell = at(row, key);
      const out = checkUnitCell(key, value, cell);
      if (!out.ok) problems.push({ sheet: sheet.name, cell, message: out.message });
      return out as { ok: true; value: T } | { ok: false };
    };

    const code = check<string>('code', text(raw('code')));
    if (code.ok && rowOf.has(code.value)) problems.push({ sheet: sheet.name, cell: at(row, 'code'), message: `${at(row, 'code')}：单位编码“${code.value}”与第 ${rowOf.get(code.value)! + 1} 行重复` });
    const name = check<string>('name', text(raw('name')));
    const parentText = text(raw('parentCode'));
    const parent = parentText === '' ? { ok: true as const, value: null } : check<string>('parentCode', parentText);
    const counts = { members: 0, teams: 0, branches: 0 };
    for (const key of COUNTS) {
      const typed = raw(key);
      if (text(typed) === '') continue;
      const n = parseNumber(typed);
      const checked = check<number>(key, n.ok ? n.value : text(typed));
      if (checked.ok) counts[key] = checked.value;
    }
    const contacts: Pick<UnitListEntry, (typeof CONTACTS)[number]> = {};
    for (const key of CONTACTS) {
      if (!header.cols.has(key)) continue;
      const typed = text(raw(key));
      const checked = typed === '' ? { ok: false as const } : check<string>(key, typed);
      contacts[key] = checked.ok ? checked.value : null;
    }
    if (code.ok && !rowOf.has(code.value)) {
      rowOf.set(code.value, row);
      units.push({
        code: code.value,
        name: name.ok ? name.value : text(raw('name')),
        parentCode: parent.ok ? parent.value : null,
        ...counts,
        ...contacts,
      });
    }
  }
  if (units.length === 0 && problems.length === 0) problems.push({ sheet: sheet.name, message: `工作表“${sheet.name}”的表头下没有单位` });

  const parents = new Map(existing);
  for (const u of units) parents.set(u.code, u.parentCode);
  for (const u of units) {
    if (u.parentCode === null) continue;
    const cell = at(rowOf.get(u.code)!, 'parentCode');
    if (!parents.has(u.parentCode)) problems.push({ sheet: sheet.name, cell, message: `${cell}：上级单位编码“${u.parentCode}”既不在名单中，也不是已有单位` });
    else if (createsCycle(parents, u.code, u.parentCode)) problems.push({ sheet: sheet.name, cell, message: `${cell}：上级单位“${u.parentCode}”会使单位“${u.code}”成为自己的下级，请检查上下级关系` });
  }
  return { units, problems };
}
