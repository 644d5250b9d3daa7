import type { ColumnDef, Params, SheetRule } from '../model/definition.ts';

export interface MinimumRowsSpec<P extends Params> {
  /** Enum column whose value is counted (会议类型). */
  column: string;
  value: string;
  /** The office's param holding the minimum (so it is configurable, DOMAIN: "default"); 0 switches the check off. */
  param: keyof P & string;
}

/**
 * At least `ctx.params[param]` rows with `value` in `column` per period — a
 * frequency requirement (≥ 6 支委会 a half-year). A warning, not an error: a
 * shortfall is something to explain or chase, and the rows that are there
 * still count. The finding names the value, how many there are and the minimum.
 */
export function minimumRows<P extends Params>(columns: readonly ColumnDef[], spec: MinimumRowsSpec<P>, defaultMin: number): SheetRule<P> {
  const col = columns.find((c) => c.key === spec.column);
  if (!col) throw new Error(`unknown column key: ${spec.column}`);
  return {
    id: `minimum:${spec.column}=${spec.value}`,
    describe: `每期“${spec.value}”应不少于${defaultMin}次（默认，机关党委可调整）；不足时给出提醒。`,
    check: (rows, ctx) => {
      const min = ctx.params[spec.param];
      if (typeof min !== 'number' || min <= 0) return [];
      const count = rows.filter((r) => r.values[spec.column] === spec.value).length;
      return count < min ? [{ code: 'sheet/too-few', severity: 'warning', column: spec.column, params: { value: spec.value, count, min } }] : [];
    },
  };
}
