import ExcelJS from 'exceljs';
import { identityMarker, type TemplateDefinition } from '../model/definition.ts';
import { LAYOUT } from './sheet-layout.ts';
import { writeDataSheet } from './write-data-sheet.ts';
import { writeInstructions } from './write-instructions.ts';

export interface BlankTemplateOptions {
  /** Prefills 填报单位; written as text, never as a formula. */
  unitName?: string;
  unitCode?: string;
  /** Prefills 报送期次, e.g. 2026年上半年. */
  period?: string;
  /** Data rows that get formats and drop-downs (default LAYOUT.defaultDataRows). */
  rows?: number;
}

/** The blank standard workbook of one template: 填报说明 then the data sheet. */
export async function writeBlankTemplate(def: TemplateDefinition, options: BlankTemplateOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const rows = options.rows ?? LAYOUT.defaultDataRows;
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`rows must be a positive integer, got ${rows}`);

  const wb = new ExcelJS.Workbook();
  wb.creator = '台账通';
  wb.lastModifiedBy = '台账通';
  wb.title = def.name;
  wb.subject = def.source;
  // The reader looks here first: document properties survive a renamed sheet.
  wb.keywords = identityMarker(def);

  writeInstructions(wb, def);
  writeDataSheet(wb, def, { unitName: options.unitName, unitCode: options.unitCode, period: options.period, rows });

  // The Node build returns a Buffer; callers (the worker, fflate) want a plain Uint8Array.
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array<ArrayBuffer>;
  return buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
}
