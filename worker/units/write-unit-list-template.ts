import ExcelJS from 'exceljs';
import { UNIT_LIST_COLUMNS, UNIT_LIST_SHEET } from '../../templates/units/unit-list-columns.ts';

const COUNTS: ReadonlySet<string> = new Set(['members', 'teams', 'branches']);

/** The blank unit list the office fills and imports: header in row 1, every column stored as text or whole numbers. */
export async function writeUnitListTemplate(): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '台账通';
  const ws = wb.addWorksheet(UNIT_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = UNIT_LIST_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'name' ? 30 : 14,
    // Text keeps leading zeros of codes and phone numbers (0571…); counts are whole numbers.
    style: { numFmt: COUNTS.has(c.key) ? '0' : '@' },
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).numFmt = '@';
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array<ArrayBuffer>;
  return buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
}
