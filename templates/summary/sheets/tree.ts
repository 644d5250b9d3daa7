import type { TemplateDefinition } from '../../model/definition.ts';
import type { RowHead } from '../schema-core.ts';
import type { Summary } from '../schema.ts';
import { NO_DATA } from '../columns.ts';
import type { Denominators, LedgerSummary, Section, SheetColumn, TreeLine } from '../spec.ts';
import { MAX_BAR_ROWS, specOf, type SheetChart, type SheetColumnSpec, type SheetRow, type SummarySheet } from './types.ts';

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
 * review forms) share it, their columns side by side in catalog order. Where
 * a line sums no counted submission of a ledger, its judgement (state)
 * columns say 无数据 whatever the definition computes — nothing reported is
 * never 达标 or 未达标 — and a ledger with nothing counted at all gets a note
 * and no chart. A sheet too long for a readable bar per row (MAX_BAR_ROWS)
 * says so instead of drawing one.
 */
export function ledgerSheet(s: Summary, parts: readonly Ledger[]): SummarySheet {
  const first = parts[0]!.summary.sheet;
  const sections = parts.map((d) => (s as unknown as Record<string, Section<unknown> & object>)[d.summary.key]!);
  const own: SheetColumn<TreeLine<unknown>>[][] = parts.map((d) => [...d.summary.sheet.columns]);
  const columns: SheetColumnSpec[] = [...UNIT_COLUMNS, ...own.flat().map(specOf)];
  let noData = false;
  // Each part reads its own section's figures for the line.
  const rows = treeRows(s, (head, size, i) =>
    own.flatMap((cols, j) => {
      const section = sections[j]!;
      const f = i === null ? section.total : section.rows[i]!;
      const reported = (i === null ? section.counted.total : section.counted.rows[i]!) > 0;
      return cols.map((c) => {
        if (reported || c.kind !== 'state') return c.value({ head, size, f });
        noData = true;
        return NO_DATA;
      });
    }),
  );
  const partOf = own.flatMap((cols, j) => cols.map(() => j));
  const wanted = columns.filter((c, i) => c.chart && sections[partOf[i - UNIT_COLUMNS.length]!]!.counted.total > 0);
  const fits = rows.length <= MAX_BAR_ROWS;
  const charts: SheetChart[] = fits ? wanted.map((c) => ({ type: 'bar', title: c.chart!, category: 0, values: [columns.indexOf(c)] })) : [];
  const empty = parts.filter((_, j) => sections[j]!.counted.total === 0);
  return {
    name: first.name,
    title: `${s.period.label}${first.title}`,
    columns,
    rows,
    notes: [
      ...empty.map((d) => `本期没有计入汇总的${d.name}（未报送，或报送后已退回、已拒收）：表中数字为 0 或空，不作达标判断。`),
      ...(noData && empty.length < parts.length ? [`“${NO_DATA}”：该行单位本期没有计入汇总的台账（未报送，或报送后已退回、已拒收），不作判断。`] : []),
      ...(!fits && wanted.length > 0 ? [`本表共 ${rows.length} 行，超过图表能清楚容纳的 ${MAX_BAR_ROWS} 行，未附${wanted.map((c) => `“${c.chart}”`).join('、')}图表；请看“${wanted.map((c) => c.header).join('”“')}”一栏的数据条。`] : []),
      ...parts.flatMap((d, j) => d.summary.sheet.notes?.(sections[j] as never, s.totals) ?? []),
    ],
    frozenColumns: 2,
    charts,
  };
}
