import type { stream, Worksheet } from 'exceljs';
import type { TemplateDefinition, Value } from '../model/definition.ts';
import type { DetailRow } from '../summary/types.ts';
import { asText } from './write-summary-table.ts';
import { fonts, thinBox } from './write-styles.ts';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const LEAD = ['单位编码', '单位名称', '原表行号'] as const;

interface Open {
  def: TemplateDefinition;
  ws: Worksheet;
  rows: number;
}

const dateOf = (iso: string): Date | string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
};

const derivedValue = (v: string | number | boolean | null | undefined) =>
  v === undefined || v === null ? null : typeof v === 'boolean' ? (v ? '是' : '否') : typeof v === 'string' ? asText(v) : v;

/**
 * The 明细 sheets: one per ledger (明细-<台账>), header in row 1 and one row per
 * valid row of every unit, so the office can filter and pivot each ledger on
 * its own columns. A sheet streams out as rows arrive; details grouped by
 * template stream with the least memory (another sheet's rows wait in a buffer
 * until the sheets before it are done).
 */
export class DetailSheets {
  private readonly open = new Map<string, Open>();
  private readonly unknown = new Map<string, number>();

  constructor(
    private readonly wb: stream.xlsx.WorkbookWriter,
    private readonly defs: ReadonlyMap<string, TemplateDefinition>,
  ) {}

  /** Creates the sheets now so their tab order follows the template order, not the order rows arrive in. */
  prepare(templateIds: readonly string[]): void {
    for (const id of templateIds) this.sheetFor(id);
  }

  add(d: DetailRow): void {
    const sheet = this.sheetFor(d.templateId);
    if (!sheet) {
      this.unknown.set(d.templateId, (this.unknown.get(d.templateId) ?? 0) + 1);
      return;
    }
    const { def, ws } = sheet;
    const values: unknown[] = [asText(d.unitCode), asText(d.unitName), d.row.row];
    for (const c of def.columns) values.push(this.cell(d.row.values[c.key], c.type));
    for (const f of def.derivedFields) values.push(derivedValue(d.row.derived[f.key]));
    const row = ws.addRow(values);
    row.commit();
    sheet.rows++;
  }

  /** Per sheet: its name, ledger and row count (for the 明细 index); then the rows of templates without a definition. */
  finish(): { sheet: string; template: string; rows: number }[] {
    const out: { sheet: string; template: string; rows: number }[] = [];
    for (const { def, ws, rows } of this.open.values()) {
      const width = LEAD.length + def.columns.length + def.derivedFields.length;
      if (rows > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: width } };
      ws.commit();
      out.push({ sheet: ws.name, template: def.name, rows });
    }
    for (const [id, rows] of this.unknown) out.push({ sheet: '（未写入）', template: `未知台账 ${id}`, rows });
    return out;
  }

  private cell(v: Value | undefined, type: string): unknown {
    if (v === undefined || v === null) return null;
    if (typeof v === 'number') return v;
    return type === 'date' ? dateOf(v) : asText(v);
  }

  private sheetFor(id: string): Open | undefined {
    const found = this.open.get(id);
    if (found) return found;
    const def = this.defs.get(id);
    if (!def) return undefined;
    const ws = this.wb.addWorksheet(`明细-${def.sheetName}`.slice(0, 31), {
      views: [{ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2' }],
    }) as unknown as Worksheet;
    const numFmt = (type: string, fmt?: string) =>
      type === 'date' ? 'yyyy-mm-dd' : type === 'percent' ? '0.0%' : (fmt ?? undefined);
    ws.columns = [
      { width: 12 }, { width: 24 }, { width: 9 },
      ...def.columns.map((c) => ({ width: Math.min(c.width ?? 12, 40), style: numFmt(c.type, c.numFmt) ? { numFmt: numFmt(c.type, c.numFmt)! } : {} })),
      ...def.derivedFields.map((f) => ({ width: 11, style: f.type === 'percent' ? { numFmt: '0.0%' } : {} })),
    ];
    const header = ws.addRow([...LEAD, ...def.columns.map((c) => c.header), ...def.derivedFields.map((f) => f.label)]);
    header.eachCell((cell) => {
      cell.font = fonts.label;
      cell.fill = HEADER_FILL;
      cell.border = thinBox;
    });
    header.commit();
    const open = { def, ws, rows: 0 };
    this.open.set(id, open);
    return open;
  }
}
