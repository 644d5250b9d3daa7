import type { AlertRule, Denominators, SheetColumn, TreeLine } from './spec.ts';

/** Terse constructors for a ledger's summary columns, so a definition's sheet reads like the printed table. */

type Column<F> = SheetColumn<TreeLine<F>>;
type Extra<F> = Partial<Column<F>>;

export const count = <F>(header: string, value: (f: F) => number | null, extra: Extra<F> = {}): Column<F> => ({
  header, kind: 'count', width: 9, value: (l) => value(l.f), ...extra,
});

/** Rates get a data bar unless told otherwise. */
export const rate = <F>(header: string, value: (f: F) => number | null, extra: Extra<F> = {}): Column<F> => ({
  header, kind: 'rate', width: 11, bar: true, value: (l) => value(l.f), ...extra,
});

export const score = <F>(header: string, value: (f: F) => number | null, extra: Extra<F> = {}): Column<F> => ({
  header, kind: 'number', width: 9, value: (l) => value(l.f), ...extra,
});

/** A denominator of the line: the unit's own, a subtree's sum, the organisation's on the total line. */
export const denominator = <F>(header: string, key: keyof Denominators): Column<F> => ({
  header, kind: 'count', width: 10, value: (l) => l.size[key],
});

/** One count column per enum value of a breakdown, grouped under `group`. */
export const breakdownColumns = <F>(group: string, values: readonly string[], of: (f: F) => Record<string, number>): Column<F>[] =>
  values.map((v) => ({ header: v, group, kind: 'count', width: 9, value: (l: TreeLine<F>) => of(l.f)[v] ?? 0 }));

export const NOT_MET: AlertRule = [{ text: '未达标', level: 'red' }];
/** What a judgement cell says where nothing of the ledger was counted (not sent, returned or rejected): no 达标, no 未达标. */
export const NO_DATA = '无数据';
/** A judgement only where something was counted; null otherwise (the JSON's word for "nothing to judge"). */
export const judged = (counted: number, ok: boolean): boolean | null => (counted > 0 ? ok : null);
export const met = (ok: boolean | null): string => (ok === null ? NO_DATA : ok ? '达标' : '未达标');

/** A text field of a list item. */
export const field = <R>(header: string, width: number, value: (r: R) => string, extra: Partial<SheetColumn<R>> = {}): SheetColumn<R> => ({
  header, kind: 'text', width, value, ...extra,
});
