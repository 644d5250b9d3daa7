import type { RowHead, Summary } from '../../../templates/summary/schema.ts';
import type { ReportColumn, ReportColumnKind } from '../workbook/adapter.ts';

/** One line of a section: the unit it is about and that section's figures. */
export interface SectionLine<F> {
  head: RowHead | null;
  figures: F;
}

export type Cell = string | number | null;

export interface SectionColumn<F> extends ReportColumn {
  value: (line: SectionLine<F>) => Cell;
}

export const col = <F>(header: string, kind: ReportColumnKind, value: (line: SectionLine<F>) => Cell, width?: number): SectionColumn<F> =>
  width === undefined ? { header, kind, value } : { header, kind, value, width };

const KIND_SUFFIX = { unit: '', own: '（本级）', subtotal: '（小计）' } as const;

export const unitColumns = <F>(): SectionColumn<F>[] => [
  col<F>('单位编码', 'text', (l) => l.head?.unitCode ?? '', 10),
  col<F>('单位名称', 'text', (l) => (l.head ? `${l.head.unitName}${KIND_SUFFIX[l.head.kind]}` : '合计'), 24),
];

/**
 * Unit rows first (what the charts and data bars plot), then the subtotals of
 * parent units, then 合计: `totalRowIndex` marks the last two groups, which
 * layoutReportSheet leaves out of charts.
 */
export function sectionLines<F>(s: Summary, section: { rows: F[]; total: F }): { lines: SectionLine<F>[]; totals: number[] } {
  const units: SectionLine<F>[] = [];
  const subtotals: SectionLine<F>[] = [];
  s.rows.forEach((head, i) => {
    const figures = section.rows[i];
    if (figures === undefined) return;
    (head.kind === 'subtotal' ? subtotals : units).push({ head, figures });
  });
  const lines = [...units, ...subtotals, { head: null, figures: section.total }];
  return { lines, totals: lines.map((_, i) => i).slice(units.length) };
}

/** Breakdown keys in the order they first appear in the total, so columns read like the form's own enum. */
export const keysOf = <F>(section: { total: F }, pick: (f: F) => Record<string, number>): string[] => Object.keys(pick(section.total));

export const breakdown = <F>(group: string, keys: string[], pick: (f: F) => Record<string, number>): SectionColumn<F>[] =>
  keys.map((k) => col<F>(`${group}·${k}`, 'int', (l) => pick(l.figures)[k] ?? 0));

export const tableOf = <F>(columns: SectionColumn<F>[], lines: SectionLine<F>[]): { columns: ReportColumn[]; rows: Cell[][] } => ({
  columns: columns.map(({ value: _value, ...c }) => c),
  rows: lines.map((l) => columns.map((c) => c.value(l))),
});
