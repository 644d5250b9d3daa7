import type { Summary } from '../../../templates/summary/schema.ts';
import { summarySheets as neutralSheets, type SheetColumnSpec, type SummarySheet } from '../../../templates/summary/sheets/index.ts';
import type { ReportColumn, ReportColumnKind, ReportSheet } from '../workbook/adapter.ts';

export { STATE_LABEL } from '../../../templates/summary/sheets/index.ts';

const KIND: Record<SheetColumnSpec['kind'], ReportColumnKind> = { count: 'int', rate: 'percent', number: 'number', text: 'text', state: 'text' };

const columnOf = (c: SheetColumnSpec): ReportColumn => ({
  header: c.header, kind: KIND[c.kind], ...(c.group ? { group: c.group } : {}), ...(c.width !== undefined ? { width: c.width } : {}),
});

/**
 * One summary sheet as the add-in writes it: the same columns as the
 * downloaded workbook, with unit rows first, then the subtotals, then 合计
 * (`totalRowIndex`), because charts and data bars plot the leading block of
 * unit rows and a subtotal would dwarf them.
 */
export function reportSheet(sheet: SummarySheet, subtitle: string): ReportSheet {
  const units = sheet.rows.filter((r) => !r.level);
  const totals = sheet.rows.filter((r) => r.level);
  const ordered = [...units, ...totals.filter((r) => r.level === 'subtotal'), ...totals.filter((r) => r.level === 'total')];
  return {
    name: sheet.name,
    title: sheet.title,
    subtitle,
    columns: sheet.columns.map(columnOf),
    rows: ordered.map((r) => r.values),
    totalRowIndex: ordered.map((_, i) => i).slice(units.length),
    charts: sheet.charts.map((c) => ({ ...c })),
    dataBars: sheet.columns.flatMap((c, i) => (c.bar ? [i] : [])),
    notes: sheet.notes,
  };
}

/**
 * The consolidated summary as the sheets the add-in writes into the open
 * workbook (DOMAIN §4): the very sheets and columns of the downloaded 汇总表
 * (templates/summary/sheets), with native charts where the definitions ask
 * for one (满意率 and 完成率 by unit, 报送进度 by ledger).
 */
export function summarySheets(s: Summary): ReportSheet[] {
  return neutralSheets(s).map((sheet) => reportSheet(sheet, `生成日期：${s.generatedOn}`));
}
