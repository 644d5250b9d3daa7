import type {
  Params,
  RowRule,
  RowValues,
  SheetRule,
  TemplateDefinition,
  ValidationContext,
  ValidRow,
} from '../../../templates/model/definition.ts';

/** A context judged on 2026-07-15 for period 2026H1, with the given extras. */
export function ctxOf<P extends Params>(params: P, extra: Partial<ValidationContext<P>> = {}): ValidationContext<P> {
  return {
    reportDate: '2026-07-15',
    period: { code: '2026H1', start: '2026-01-01', end: '2026-06-30' },
    params,
    ...extra,
  };
}

/** Runs every row rule of a definition (or a list of rules) on one row. */
export function checkRow<P extends Params>(
  rules: TemplateDefinition<P> | readonly RowRule<P>[],
  row: RowValues,
  ctx: ValidationContext<P>,
) {
  const list = 'rowRules' in rules ? rules.rowRules : rules;
  return list.flatMap((r) => r.check(row, ctx));
}

/** Runs every sheet rule of a definition on rows numbered from 3 (title row, header row, data). */
export function checkSheet<P extends Params>(
  rules: TemplateDefinition<P> | readonly SheetRule<P>[],
  values: readonly RowValues[],
  ctx: ValidationContext<P>,
) {
  const list = 'sheetRules' in rules ? rules.sheetRules : rules;
  const rows: ValidRow[] = values.map((v, i) => ({ row: i + 3, values: v }));
  return list.flatMap((r) => r.check(rows, ctx));
}
