import type { Grid, GridSheet } from '../model/grid.ts';
import { parseNumber } from '../normalize/number.ts';
import { cleanText, headerKey, toHalfWidth } from '../normalize/text.ts';
import { a1, SheetView } from '../read/sheet-access.ts';
import { createsCycle } from './unit-tree.ts';
import { UNIT_LIST_COLUMNS, type UnitListKey } from './unit-list-columns.ts';

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
}

/** Every unit that has a code, and every problem found. The service imports nothing when there is a problem; the CLI reports and goes on. */
export interface UnitListResult {
  units: UnitListEntry[];
  problems: UnitListProblem[];
}

const HEADER_SCAN_ROWS = 20;

function findHeader(view: SheetView): { row: number; cols: Map<UnitListKey, number> } | null {
  for (let row = view.originRow; row < Math.min(view.rowEnd, view.originRow + HEADER_SCAN_ROWS); row++) {
    const cols = new Map<UnitListKey, number>();
    for (let col = view.originCol; col < view.width(row); col++) {
      const text = view.value(row, col);
      const match = typeof text === 'string' ? UNIT_LIST_COLUMNS.find((c) => headerKey(c.header) === headerKey(text)) : undefined;
      if (match && !cols.has(match.key)) cols.set(match.key, col);
    }
    if (cols.has('code')) return { row, cols };
  }
  return null;
}

const text = (v: unknown): string => (typeof v === 'number' ? String(v) : typeof v === 'string' ? cleanText(v) : '');
/** Codes are compared, so full-width ＡＢ１ and AB1 must be one code; names keep what was typed. */
const codeText = (v: unknown): string => toHalfWidth(text(v));

/**
 * Grid of a unit list (单位名单) → units and every problem found, each with its
 * cell and a Chinese message. `existing` are units already known (code →
 * parent) so parents may refer to them and loops through them are caught.
 */
export function readUnitList(grid: Grid, existing: ReadonlyMap<string, string | null> = new Map()): UnitListResult {
  const sheet: GridSheet | undefined = grid.sheets.find((s) => findHeader(new SheetView(s)) !== null);
  if (!sheet) return { units: [], problems: [{ sheet: grid.sheets[0]?.name ?? '', message: '未找到表头“单位编码”：请使用单位名单模板（单位编码、单位名称、上级单位编码、党员总数、内设团队数、党支部数）' }] };
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
    const get = (key: UnitListKey) => (header.cols.has(key) ? view.value(row, header.cols.get(key)!) : '');
    if (UNIT_LIST_COLUMNS.every((c) => text(get(c.key)) === '')) continue;
    const code = codeText(get('code'));
    const name = text(get('name'));
    const parent = codeText(get('parentCode'));
    if (code === '') problems.push({ sheet: sheet.name, cell: at(row, 'code'), message: `${at(row, 'code')}：单位编码不能为空` });
    else if (rowOf.has(code)) problems.push({ sheet: sheet.name, cell: at(row, 'code'), message: `${at(row, 'code')}：单位编码“${code}”与第 ${rowOf.get(code)! + 1} 行重复` });
    if (name === '') problems.push({ sheet: sheet.name, cell: at(row, 'name'), message: `${at(row, 'name')}：单位名称不能为空` });
    const counts = { members: 0, teams: 0, branches: 0 };
    for (const key of ['members', 'teams', 'branches'] as const) {
      const raw = get(key);
      if (text(raw) === '') continue;
      const n = parseNumber(raw);
      const label = UNIT_LIST_COLUMNS.find((c) => c.key === key)!.header;
      if (!n.ok || !Number.isInteger(n.value) || n.value < 0) problems.push({ sheet: sheet.name, cell: at(row, key), message: `${at(row, key)}：${label}应为不小于 0 的整数，现为“${text(raw)}”` });
      else counts[key] = n.value;
    }
    if (code !== '' && !rowOf.has(code)) {
      rowOf.set(code, row);
      units.push({ code, name, parentCode: parent === '' ? null : parent, ...counts });
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
