import ExcelJS from 'exceljs';
import { identityMarker, type TemplateDefinition } from '../../templates/model/definition.ts';
import type { CellValue, Grid } from '../../templates/model/grid.ts';
import { periodRange } from '../../templates/model/period.ts';
import { INFO_FIELDS, LAYOUT, headerText, infoCells, type InfoKey } from '../../templates/xlsx/sheet-layout.ts';
import { writeBlankTemplate } from '../../templates/xlsx/write-template.ts';
import type { SeedCell, SeedRow } from './types.ts';

/** Who fills the ledger: the 基本信息 block. */
export interface LedgerHeader {
  unitName: string;
  unitCode: string;
  period: string;
  filler: string;
  phone: string;
  fillDate: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const cellsOf = (def: TemplateDefinition, row: SeedRow): SeedCell[] => def.columns.map((c) => row[c.key] ?? null);

/**
 * The product's blank template filled the way staff do in Excel: dates typed as
 * dates, rates as numbers in the %-formatted column. The bytes are what the
 * unit uploads, so the service keeps a real original in R2.
 */
export async function ledgerWorkbook(def: TemplateDefinition, header: LedgerHeader, rows: readonly SeedRow[]): Promise<Uint8Array> {
  const blank = await writeBlankTemplate(def, { unitName: header.unitName, unitCode: header.unitCode, period: header.period, rows: rows.length + 10 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(def.sheetName)!;
  for (const key of ['filler', 'phone', 'fillDate'] as const) {
    const { value } = infoCells(key);
    ws.getCell(value.row, value.col).value = key === 'fillDate' ? utcDate(header.fillDate) : header[key];
  }
  rows.forEach((row, i) => {
    const cells = cellsOf(def, row);
    cells.forEach((v, j) => {
      if (v === null) return;
      const isDate = def.columns[j]!.type === 'date' && typeof v === 'string' && ISO_DATE.test(v);
      ws.getCell(LAYOUT.firstDataRow + i, j + 1).value = isDate ? utcDate(v) : v;
    });
  });
  const out = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}

/** The same ledger as the Excel add-in sends it: the sheet's values, dates and rates as the text Excel shows. */
export function ledgerGrid(def: TemplateDefinition, header: LedgerHeader, rows: readonly SeedRow[], name: string): Grid {
  const info: Record<InfoKey, string> = { ...header, period: periodRange(header.period)?.label ?? header.period };
  const width = Math.max(def.columns.length, LAYOUT.infoColumnCount);
  const values: CellValue[][] = [[def.name], Array<CellValue>(width).fill(''), Array<CellValue>(width).fill('')];
  for (const field of INFO_FIELDS) {
    const { label, value } = infoCells(field.key);
    values[label.row - 1]![label.col - 1] = field.label;
    values[value.row - 1]![value.col - 1] = info[field.key];
  }
  values.push(def.columns.map(headerText));
  for (const row of rows)
    values.push(cellsOf(def, row).map((v, j) => (v === null ? '' : def.columns[j]!.type === 'percent' && typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : v)));
  return { sheets: [{ name: def.sheetName, values }], source: { kind: 'workbook', name }, identity: identityMarker(def) };
}
