import type { ColumnDef, RowValues, TemplateDefinition, ValidationContext } from '../model/definition.ts';
import type { Issue } from '../model/issue.ts';
import { normalizeCell } from '../normalize/cell.ts';
import { enumLookup } from '../normalize/enum.ts';
import { a1, type SheetView } from './sheet-access.ts';

const enumMaps = new WeakMap<ColumnDef, Map<string, string>>();
function enumMapOf(col: ColumnDef): Map<string, string> | undefined {
  if (col.type !== 'enum') return undefined;
  let m = enumMaps.get(col);
  if (!m) enumMaps.set(col, (m = enumLookup(col)));
  return m;
}

/**
 * Normalises one record and runs the template's row rules. A rule finding that
 * points at a cell which already failed is dropped: one problem, one message.
 */
export function validateRow(
  view: SheetView,
  row: number,
  columns: Map<number, ColumnDef>,
  def: TemplateDefinition,
  ctx: ValidationContext,
  defaultYear: number,
  missingKeys: Set<string>,
  place: { file?: string; sheet: string },
): { values: RowValues; issues: Issue[] } {
  const values: RowValues = {};
  const issues: Issue[] = [];
  const failed = new Set<string>();
  const colOf = new Map<string, number>();
  for (const col of def.columns) values[col.key] = null;

  for (const [sheetCol, col] of columns) {
    colOf.set(col.key, sheetCol);
    const raw = view.value(row, sheetCol);
    const out = normalizeCell(col, raw, view.format(row, sheetCol), enumMapOf(col), defaultYear);
    const at = { ...place, cell: a1(row, sheetCol), row: row + 1, column: { key: col.key, header: col.header } };
    if (!out.ok) {
      failed.add(col.key);
      issues.push({ severity: 'error', code: out.code, ...at, value: raw, ...(out.expected !== undefined ? { expected: out.expected } : {}) });
    } else if (out.value === null && col.required) {
      failed.add(col.key);
      issues.push({ severity: 'error', code: 'cell/required', ...at });
    } else {
      values[col.key] = out.value;
    }
  }

  for (const rule of def.rowRules)
    for (const f of rule.check(values, ctx)) {
      if (failed.has(f.column) || missingKeys.has(f.column)) continue;
      const col = def.columns.find((c) => c.key === f.column)!;
      const sheetCol = colOf.get(f.column);
      issues.push({
        severity: f.severity, code: f.code, ...place,
        ...(sheetCol !== undefined ? { cell: a1(row, sheetCol), value: view.value(row, sheetCol) } : {}),
        row: row + 1,
        column: { key: col.key, header: col.header },
        ...(f.params ? { params: f.params } : {}),
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
      });
    }
  return { values, issues };
}
