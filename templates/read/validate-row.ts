import type { ColumnDef, RowValues, TemplateDefinition, ValidationContext } from '../model/definition.ts';
import { normalizeCell } from '../normalize/cell.ts';
import type { MonthDayYear } from '../normalize/date.ts';
import { enumLookup } from '../normalize/enum.ts';
import { CellMemo } from './cell-memo.ts';
import type { IssueSink } from './issue-sink.ts';
import { a1, columnLetter, type SheetView } from './sheet-access.ts';

interface PlannedColumn {
  sheetCol: number;
  letter: string;
  def: ColumnDef;
  enumMap: Map<string, string> | undefined;
  column: { key: string; header: string };
  memo: CellMemo;
}

/**
 * Everything about a sheet's columns that does not change from row to row,
 * worked out once: a 20,000-row ledger must not rebuild maps or location
 * objects per cell (see docs/benchmarks.md).
 */
export class RowValidator {
  private readonly plan: PlannedColumn[];
  private readonly sheetColOf = new Map<string, PlannedColumn>();
  private readonly columnOf = new Map<string, ColumnDef>();

  constructor(
    private readonly view: SheetView,
    columns: Map<number, ColumnDef>,
    private readonly def: TemplateDefinition,
    private readonly ctx: ValidationContext,
    private readonly monthDayYear: MonthDayYear,
    private readonly missingKeys: Set<string>,
    private readonly place: { file?: string; sheet: string },
  ) {
    this.plan = [...columns].map(([sheetCol, col]) => ({
      sheetCol,
      letter: columnLetter(sheetCol),
      def: col,
      enumMap: col.type === 'enum' ? enumLookup(col) : undefined,
      column: { key: col.key, header: col.header },
      memo: new CellMemo(col),
    }));
    for (const p of this.plan) this.sheetColOf.set(p.def.key, p);
    for (const c of def.columns) this.columnOf.set(c.key, c);
  }

  /**
   * Normalises one record and runs the template's row rules, reporting into
   * the sink (only counted once it is full). A rule finding that points at a
   * cell which already failed is dropped: one problem, one message.
   */
  validate(row: number, sink: IssueSink): { values: RowValues; hasError: boolean } {
    const { view, place } = this;
    const values: RowValues = {};
    let failed: Set<string> | undefined;
    let hasError = false;
    for (const c of this.def.columns) values[c.key] = null;

    for (const p of this.plan) {
      const raw = view.value(row, p.sheetCol);
      const format = view.format(row, p.sheetCol);
      const out = p.memo.get(raw, format) ?? p.memo.remember(raw, format, normalizeCell(p.def, raw, format, p.enumMap, this.monthDayYear));
      if (out.ok && (out.value !== null || !p.def.required)) {
        values[p.def.key] = out.value;
        continue;
      }
      (failed ??= new Set()).add(p.def.key);
      hasError = true;
      if (sink.full) {
        sink.count('error');
        continue;
      }
      const at = { ...place, cell: `${p.letter}${row + 1}`, row: row + 1, column: p.column };
      sink.add(
        out.ok
          ? { severity: 'error', code: 'cell/required', ...at }
          : { severity: 'error', code: out.code, ...at, value: raw, ...(out.expected !== undefined ? { expected: out.expected } : {}), ...(out.params ? { params: out.params } : {}) },
      );
    }

    for (const rule of this.def.rowRules) {
      const findings = rule.check(values, this.ctx);
      for (const f of findings) {
        if (failed?.has(f.column) || this.missingKeys.has(f.column)) continue;
        if (f.severity === 'error') hasError = true;
        if (sink.full) {
          sink.count(f.severity);
          continue;
        }
        const col = this.columnOf.get(f.column)!;
        const p = this.sheetColOf.get(f.column);
        sink.add({
          severity: f.severity, code: f.code, ...place,
          ...(p ? { cell: a1(row, p.sheetCol), value: view.value(row, p.sheetCol) } : {}),
          row: row + 1,
          column: { key: col.key, header: col.header },
          ...(f.params ? { params: f.params } : {}),
          ...(f.expected !== undefined ? { expected: f.expected } : {}),
        });
      }
    }
    return { values, hasError };
  }
}
