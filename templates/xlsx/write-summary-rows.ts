import type { RowHead, Summary } from '../summary/schema.ts';
import type { Column, TableRow } from './write-summary-table.ts';

/** One line of a tree-shaped summary sheet: the unit (null on the total row) and the section's figures. */
export interface TreeLine<F> {
  head: RowHead | null;
  f: F;
}

export const PERCENT = '0.0%';
export const SCORE = '0.00';

const label = (head: RowHead | null): string => {
  if (!head) return '合计';
  if (head.kind === 'subtotal') return `${head.unitName}（小计）`;
  if (head.kind === 'own') return `${head.unitName}（本级）`;
  return head.unitName;
};

/** The unit tree then the total row, with subtotal rows bold and every row indented by its depth. */
export function treeRows<F>(summary: Summary, section: { rows: F[]; total: F }): TableRow<TreeLine<F>>[] {
  const rows: TableRow<TreeLine<F>>[] = summary.rows.map((head, i) => ({
    data: { head, f: section.rows[i]! },
    depth: head.depth,
    ...(head.kind === 'subtotal' ? { level: 'subtotal' as const } : {}),
  }));
  rows.push({ data: { head: null, f: section.total }, level: 'total' });
  return rows;
}

/** 单位 and 单位编码, the two frozen columns of every tree sheet. */
export const unitColumns = <F>(): Column<TreeLine<F>>[] => [
  { header: '单位', width: 30, value: (l) => label(l.head) },
  { header: '单位编码', width: 12, value: (l) => l.head?.unitCode ?? '' },
];

/** A denominator column: the row's own, or for the total row the organisation's. */
export const denominator = <F>(header: string, key: 'members' | 'teams' | 'branches', totals: Summary['totals']): Column<TreeLine<F>> => ({
  header, width: 10, value: (l) => (l.head ? l.head[key] : totals[key]),
});

export const count = <F>(header: string, value: (f: F) => number, extra: Partial<Column<TreeLine<F>>> = {}): Column<TreeLine<F>> => ({
  header, width: 9, numFmt: '0', value: (l) => value(l.f), ...extra,
});

export const rate = <F>(header: string, value: (f: F) => number | null, bar = true): Column<TreeLine<F>> => ({
  header, width: 11, numFmt: PERCENT, bar, value: (l) => value(l.f),
});

/** One count column per enum value of a breakdown, grouped under `group`. */
export const breakdownColumns = <F>(group: string, values: readonly string[], of: (f: F) => Record<string, number>): Column<TreeLine<F>>[] =>
  values.map((v) => ({ header: v, group, width: 9, numFmt: '0', value: (l: TreeLine<F>) => of(l.f)[v] ?? 0 }));

/** The keys of a breakdown as the summary holds them (the ledger's enum values, in form order). */
export const keysOf = (section: { total: unknown }, of: (f: never) => Record<string, number>): string[] =>
  Object.keys(of(section.total as never));
