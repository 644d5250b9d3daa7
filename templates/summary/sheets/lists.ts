import type { Summary } from '../schema.ts';
import type { CappedItems, ListedUnit, ListSpec } from '../spec.ts';
import { specOf, type SheetColumnSpec, type SummarySheet } from './types.ts';

const LEAD: SheetColumnSpec[] = [
  { header: '单位', kind: 'text', width: 24 },
  { header: '单位编码', kind: 'text', width: 12 },
];
const ROW: SheetColumnSpec = { header: '原表行号', kind: 'count', width: 9 };

/** A capped list (逾期承诺清单 …): unit, the ledger's fields, the source row; how many were left out underneath. */
export function listSheet(s: Summary, key: string, spec: ListSpec<unknown>): SummarySheet {
  const data = (s as unknown as Record<string, CappedItems<Record<string, unknown>>>)[key]!;
  const own = spec.columns as ListSpec<Record<string, unknown>>['columns'];
  return {
    name: spec.sheet,
    title: `${s.period.label}${spec.title}`,
    columns: [...LEAD, ...own.map(specOf), ROW],
    rows: data.items.map((item: ListedUnit & Record<string, unknown>) => ({ values: [item.unitName, item.unitCode, ...own.map((c) => c.value(item)), item.row] })),
    notes: [
      data.cut > 0
        ? `共 ${data.total} 条，只列出前 ${data.items.length} 条；其余 ${data.cut} 条见汇总表的“明细”工作表（下载时选含明细）。`
        : `共 ${data.total} 条。`,
    ],
    frozenColumns: 2,
    charts: [],
  };
}
