import type { ColumnDef, EnumOption } from './definition.ts';

type Extra = Omit<Partial<ColumnDef>, 'key' | 'header' | 'type'>;

/** Terse constructors so a catalog entry reads like the paper form. */
export const text = (key: string, header: string, extra: Extra = {}): ColumnDef => ({
  key, header, type: 'text', width: 24, ...extra,
});
export const int = (key: string, header: string, extra: Extra = {}): ColumnDef => ({
  key, header, type: 'int', min: 0, width: 10, numFmt: '0', ...extra,
});
export const number = (key: string, header: string, extra: Extra = {}): ColumnDef => ({
  key, header, type: 'number', width: 10, numFmt: '0.0', ...extra,
});
export const date = (key: string, header: string, extra: Extra = {}): ColumnDef => ({
  key, header, type: 'date', width: 13, numFmt: 'yyyy-mm-dd', hint: '填写日期，如 2026-07-15', ...extra,
});
export const percent = (key: string, header: string, extra: Extra = {}): ColumnDef => ({
  key, header, type: 'percent', min: 0, max: 1, width: 11, numFmt: '0.0%', hint: '填写百分比，如 95% 或 0.95', ...extra,
});
/** `options` items are either a value or [value, ...aliases]. */
export const choice = (
  key: string,
  header: string,
  options: readonly (string | readonly [string, ...string[]])[],
  extra: Extra = {},
): ColumnDef => ({
  key,
  header,
  type: 'enum',
  width: 12,
  options: options.map((o): EnumOption =>
    typeof o === 'string' ? { value: o } : { value: o[0], aliases: o.slice(1) as string[] },
  ),
  ...extra,
});
/** Marks a column required (the * in the paper form). */
export const req = (c: ColumnDef): ColumnDef => ({ ...c, required: true });
