import type { TemplateDefinition } from '../../model/definition.ts';
import type { RowHead } from '../schema-core.ts';
import type { Summary } from '../schema.ts';
import type { Denominators, LedgerSummary, Section, SheetColumn, TreeLine } from '../spec.ts';
import { specOf, type SheetChart, type SheetColumnSpec, type SheetRow, type SummarySheet } from './types.ts';

export type Ledger = TemplateDefinition & { summary: LedgerSummary };

const SUFFIX = { unit: '', own: '（本级）', subtotal: '（小计）' } as const;
export const unitLabel = (head: RowHead | null): string => (head ? `${head.unitName}${SUFFIX[head.kind]}` : '合计');

/** 单位 and 单位编码, the two frozen columns of every tree sheet. */
export const UNIT_COLUMNS: readonly SheetColumnSpec[] = [
  { header: '单位', kind: 'text', width: 30 },
  { header: '单位编码', kind: 'text', width: 12 },
];

/**
 * The unit tree then the total row, one row per summary row; `cells` gives a
 * line's values after the unit columns (`i` indexes the summary's rows, null on the total line).
 */
export function treeRows(s: Summary, cells: (head: RowHead | null, size: Denominators, i: number | null) => SheetRow['values']): SheetRow[] {
  const rows: SheetRow[] = s.rows.map((head, i) => ({
    values: [unitLabel(head), head.unitCode, ...cells(head, head, i)],
    depth: head.depth,
    ...(head.kind === 'subtotal' ? { level: 'subtotal' as const } : {}),
  }));
  rows.push({ values: [unitLabel(null), '', ...cells(null, s.totals, null)], level: 'total' });
  return rows;
}

/**
 * One ledger summary sheet; definitions that name the same sheet (the two
 * review forms) share it, their columns side by side in catalog order.
 */
export function ledgerSheet(s: Summary, parts: readonly Ledger[]): SummarySheet {
  const first = parts[0]!.summary.sheet;
  const sections = parts.map((d) => (s as unknown as Record<string, Section<unknown> & object>)[d.summary.key]!);
  const own: SheetColumn<TreeLine<unknown>>[][] = parts.map((d) => [...d.summary.sheet.columns]);
  const columns: SheetColumnSpec[] = [...UNIT_COLUMNS, ...own.flat().map(specOf)];
  // Each part reads its own section's figures for the line.
  const rows = treeRows(s, (head, size, i) =>
    own.flatMap((cols, j) => {
      const f = i === null ? sections[j]!.total : sections[j]!.rows[i]!;
      return cols.map((c) => c.value({ head, size, f }));
    }),
  );
  const charts: SheetChart[] = columns.flatMap((c, i) => (c.chart ? [{ type: 'bar' as const, title: c.chart, category: 0, values: [i] }] : []));
  return {
    name: first.name,
    title: `${s.period.label}${first.title}`,
    columns,
    rows,
    notes: parts.flatMap((d, j) => d.summary.sheet.notes?.(sections[j] as never, s.totals) ?? []),
    frozenColumns: 2,
    charts,
  };
}
