import type { TemplateDefinition, Value } from '../model/definition.ts';
import { isoToSerial } from '../normalize/date.ts';
import type { DetailRow } from '../summary/types.ts';
import type { CellValue, SheetWriter } from './writer/sheet.ts';
import type { XlsxPackage } from './writer/package.ts';
import { rangeRef } from './writer/xml.ts';

const LEAD = ['单位编码', '单位名称', '原表行号'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Open {
  def: TemplateDefinition;
  ws: SheetWriter;
  styles: number[];
  rows: number;
}

const derivedValue = (v: string | number | boolean | null | undefined): CellValue =>
  v === undefined || v === null ? null : typeof v === 'boolean' ? (v ? '是' : '否') : v;

const cellValue = (v: Value | undefined, type: string): CellValue => {
  if (v === undefined || v === null) return null;
  // Dates become real dates (serials in a date format), so the office can filter and sort by them.
  return type === 'date' && typeof v === 'string' && ISO_DATE.test(v) ? isoToSerial(v) : v;
};

/**
 * The 明细 sheets: one per ledger (明细-<台账>), header in row 1 and one row per
 * valid row of every unit, so the office can filter and pivot each ledger on
 * its own columns. Plain cells (text, numbers, dates) written straight into
 * the zip as they arrive: the part of the summary whose cost is per row.
 * Details grouped by template stream with the least memory.
 */
export class DetailSheets {
  private readonly open = new Map<string, Open>();
  private readonly unknown = new Map<string, number>();

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly defs: ReadonlyMap<string, TemplateDefinition>,
  ) {}

  add(d: DetailRow): void {
    const sheet = this.sheetFor(d.templateId);
    if (!sheet) {
      this.unknown.set(d.templateId, (this.unknown.get(d.templateId) ?? 0) + 1);
      return;
    }
    const { def, ws } = sheet;
    const values: CellValue[] = [d.unitCode, d.unitName, d.row.row];
    for (const c of def.columns) values.push(cellValue(d.row.values[c.key], c.type));
    for (const f of def.derivedFields) values.push(derivedValue(d.row.derived[f.key]));
    ws.row(values, sheet.styles);
    sheet.rows++;
  }

  /** Opens the sheets of these templates now, in this order (empty ones keep their header). */
  prepare(templateIds: readonly string[]): void {
    for (const id of templateIds) this.sheetFor(id);
  }

  /** Per sheet: its name, ledger and row count (for the 明细 index); then the rows of templates without a definition. */
  finish(): { sheet: string; template: string; rows: number }[] {
    const out: { sheet: string; template: string; rows: number }[] = [];
    for (const { def, ws, rows } of this.open.values()) {
      const width = LEAD.length + def.columns.length + def.derivedFields.length;
      if (rows > 0) ws.autoFilter(rangeRef(1, 1, rows + 1, width));
      ws.finish();
      out.push({ sheet: ws.name, template: def.name, rows });
    }
    for (const [id, rows] of this.unknown) out.push({ sheet: '（未写入）', template: `未知台账 ${id}`, rows });
    return out;
  }

  private sheetFor(id: string): Open | undefined {
    const found = this.open.get(id);
    if (found) return found;
    const def = this.defs.get(id);
    if (!def) return undefined;
    const st = this.pkg.styles;
    const fmtOf = (type: string, fmt?: string) => (type === 'date' ? 'yyyy-mm-dd' : type === 'percent' ? '0.0%' : fmt);
    const formats = [undefined, undefined, '0', ...def.columns.map((c) => fmtOf(c.type, c.numFmt)), ...def.derivedFields.map((f) => (f.type === 'percent' ? '0.0%' : undefined))];
    const ws = this.pkg.sheet(`明细-${def.sheetName}`.slice(0, 31), {
      widths: [12, 24, 9, ...def.columns.map((c) => Math.min(c.width ?? 12, 40)), ...def.derivedFields.map(() => 11)],
      frozen: { columns: 2, rows: 1 },
    });
    const header = st.id({ font: 'bold', fill: 'header', border: true });
    ws.row([...LEAD, ...def.columns.map((c) => c.header), ...def.derivedFields.map((f) => f.label)], formats.map(() => header));
    const open = { def, ws, rows: 0, styles: formats.map((f) => (f ? st.id({ numFmt: f }) : 0)) };
    this.open.set(id, open);
    return open;
  }
}
