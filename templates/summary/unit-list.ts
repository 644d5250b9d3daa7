import type { CellValue, Grid } from '../model/grid.ts';
import { parseNumber } from '../normalize/number.ts';
import { cleanText, headerKey } from '../normalize/text.ts';
import type { SummaryUnit } from './types.ts';

/** The unit list the office keeps (单位名单): one unit a row under these headers. */
export const UNIT_LIST_HEADERS = {
  code: '单位编码',
  name: '单位名称',
  parent: '上级单位编码',
  members: '党员总数',
  teams: '内设团队数',
  branches: '党支部数',
} as const;

type Key = keyof typeof UNIT_LIST_HEADERS;
const REQUIRED: readonly Key[] = ['code', 'name'];
const COUNTS = ['members', 'teams', 'branches'] as const;

export type UnitListProblem =
  | { code: 'header/missing'; header: string }
  | { code: 'cell/required'; row: number; header: string }
  | { code: 'cell/number'; row: number; header: string; value: string }
  | { code: 'unit/duplicate'; row: number; value: string };

export interface UnitListResult {
  units: SummaryUnit[];
  problems: UnitListProblem[];
}

const str = (v: CellValue | undefined): string => (v === undefined ? '' : cleanText(String(v)));

/**
 * Reads the unit list from the first sheet that has 单位编码 and 单位名称 in
 * one of its first ten rows. Blank counts are 0; a row with a bad count is
 * kept with 0 and reported, so the list never loses a unit silently.
 */
export function parseUnitList(grid: Grid): UnitListResult {
  for (const sheet of grid.sheets) {
    const rows = sheet.values;
    const origin = sheet.origin?.row ?? 0;
    for (let r = 0; r < Math.min(rows.length, 10); r++) {
      const keys = (rows[r] ?? []).map((v) => headerKey(str(v)));
      const col = Object.fromEntries(
        (Object.keys(UNIT_LIST_HEADERS) as Key[]).map((k) => [k, keys.indexOf(headerKey(UNIT_LIST_HEADERS[k]))]),
      ) as Record<Key, number>;
      if (REQUIRED.some((k) => col[k] < 0)) continue;
      return readRows(rows, r, col, origin);
    }
  }
  return { units: [], problems: REQUIRED.map((k) => ({ code: 'header/missing', header: UNIT_LIST_HEADERS[k] })) };
}

function readRows(rows: CellValue[][], headerRow: number, col: Record<Key, number>, origin: number): UnitListResult {
  const units: SummaryUnit[] = [];
  const problems: UnitListProblem[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const at = (k: Key) => (col[k] >= 0 ? str(cells[col[k]]) : '');
    const sheetRow = origin + r + 1;
    const code = at('code');
    const name = at('name');
    if (!code && !name) continue;
    if (!code || !name) {
      problems.push({ code: 'cell/required', row: sheetRow, header: UNIT_LIST_HEADERS[code ? 'name' : 'code'] });
      continue;
    }
    if (seen.has(code)) {
      problems.push({ code: 'unit/duplicate', row: sheetRow, value: code });
      continue;
    }
    seen.add(code);
    const unit: SummaryUnit = { code, name, parent: at('parent') || null, members: 0, teams: 0, branches: 0 };
    for (const k of COUNTS) {
      const raw = at(k);
      if (!raw) continue;
      const n = parseNumber(raw);
      if (n.ok && Number.isInteger(n.value) && n.value >= 0) unit[k] = n.value;
      else problems.push({ code: 'cell/number', row: sheetRow, header: UNIT_LIST_HEADERS[k], value: raw });
    }
    units.push(unit);
  }
  return { units, problems };
}

/** A unit-list problem in Chinese, for the command line. */
export function unitListMessage(p: UnitListProblem): string {
  switch (p.code) {
    case 'header/missing':
      return `单位名单缺少“${p.header}”列（表头应为：${Object.values(UNIT_LIST_HEADERS).join('、')}）。`;
    case 'cell/required':
      return `单位名单第 ${p.row} 行未填写“${p.header}”，该行已忽略。`;
    case 'cell/number':
      return `单位名单第 ${p.row} 行“${p.header}”应为非负整数，现为“${p.value}”，按 0 计。`;
    case 'unit/duplicate':
      return `单位名单第 ${p.row} 行的单位编码“${p.value}”重复，该行已忽略。`;
  }
}
