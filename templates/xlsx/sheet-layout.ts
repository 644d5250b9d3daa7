import type { ColumnDef } from '../model/definition.ts';
import { INFO_FIELDS, type InfoKey } from '../model/info.ts';

/**
 * Where things sit in a generated workbook. Pure data (no exceljs) because the
 * reader and the add-in locate the header, the 基本信息 block and the identity
 * cell from the same constants the writer uses.
 */
export const LAYOUT = {
  instructionsSheetName: '填报说明',
  /** 1-based position of the data sheet in the generated workbook. */
  dataSheetIndex: 2,
  titleRow: 1,
  infoRows: [2, 3],
  headerRow: 4,
  firstDataRow: 5,
  /** The 基本信息 block always spans A–F, even for templates with fewer columns. */
  infoColumnCount: 6,
  /** Rows below the header that get formats and drop-downs in a blank template. */
  defaultDataRows: 2000,
  /** The identity column sits this many columns right of the last used column. */
  identityColumnOffset: 2,
} as const;

// One list of 基本信息 fields for writer and reader; its order is the block's
// reading order: row 2 holds the first three, row 3 the rest.
export { INFO_FIELDS, type InfoKey } from '../model/info.ts';

export interface CellPos {
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  col: number;
}

/** Label and value cells of a 基本信息 field: label in A/C/E, value right of it. */
export function infoCells(key: InfoKey): { label: CellPos; value: CellPos } {
  const index = INFO_FIELDS.findIndex((f) => f.key === key);
  const row = LAYOUT.infoRows[Math.floor(index / 3)] ?? LAYOUT.infoRows[0];
  const labelCol = (index % 3) * 2 + 1;
  return { label: { row, col: labelCol }, value: { row, col: labelCol + 1 } };
}

/** Columns the title, info block and header occupy: the data columns, but at least A–F. */
export const usedColumnCount = (dataColumnCount: number): number =>
  Math.max(dataColumnCount, LAYOUT.infoColumnCount);

/**
 * 1-based column of the hidden identity cell (in the title row). It is two
 * right of the last data column, or of F when the template is narrower, so it
 * never lands inside the 基本信息 block.
 */
export const identityColumn = (dataColumnCount: number): number =>
  usedColumnCount(dataColumnCount) + LAYOUT.identityColumnOffset;

/** Header text as printed: required columns carry a trailing *. */
export const headerText = (col: Pick<ColumnDef, 'header' | 'required'>): string =>
  col.required ? `${col.header}*` : col.header;
