import type { Workbook, Worksheet } from 'exceljs';
import { identityMarker, type ColumnDef, type TemplateDefinition } from '../model/definition.ts';
import { periodRange } from '../model/period.ts';
import { INFO_FIELDS, LAYOUT, headerText, identityColumn, infoCells, usedColumnCount, type InfoKey } from './sheet-layout.ts';
import { addRangeValidation, columnValidation } from './write-validations.ts';
import { fillHint } from './write-column-text.ts';
import { align, displayWidth, fills, fonts, thinBox, wrappedHeight } from './write-styles.ts';

export interface DataSheetOptions {
  unitName?: string;
  unitCode?: string;
  period?: string;
  /** Data rows that get formats and drop-downs. */
  rows: number;
}

/**
 * Minimum widths of A–F so the 基本信息 block reads: labels need four CJK
 * characters, B a unit's full name, D and F a code, period or date.
 */
const INFO_MIN_WIDTHS = [10, 24, 10, 14, 10, 14] as const;
const DEFAULT_WIDTH = 12;
const MAX_HEADER_FIT = 16;

const TEXT_FORMAT = '@';

const numFmtOf = (col: ColumnDef): string => col.numFmt ?? (col.type === 'text' || col.type === 'enum' ? TEXT_FORMAT : 'General');

export function writeDataSheet(wb: Workbook, def: TemplateDefinition, options: DataSheetOptions): Worksheet {
  const n = def.columns.length;
  const used = usedColumnCount(n);
  const ws = wb.addWorksheet(def.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: LAYOUT.headerRow, topLeftCell: `A${LAYOUT.firstDataRow}`, activeCell: `A${LAYOUT.firstDataRow}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${LAYOUT.headerRow}:${LAYOUT.headerRow}` },
  });

  setColumns(ws, def.columns, used);
  writeTitle(ws, def, used);
  writeInfoBlock(ws, options);
  if (def.nilReturn) writeNilReturn(ws, def.nilReturn.label);
  writeHeader(ws, def.columns);
  writeIdentity(ws, def);
  writeValidations(ws, def.columns, options.rows);
  return ws;
}

function setColumns(ws: Worksheet, columns: readonly ColumnDef[], used: number): void {
  for (let i = 1; i <= used; i++) {
    const col = columns[i - 1];
    const column = ws.getColumn(i);
    // Short headers fit on one line, so "不了解(弃权)" never breaks at its bracket; long ones wrap.
    const headerFit = col ? Math.min(displayWidth(headerText(col)) + 2, MAX_HEADER_FIT) : 0;
    column.width = Math.max(col?.width ?? DEFAULT_WIDTH, INFO_MIN_WIDTHS[i - 1] ?? 0, headerFit);
    if (!col) continue;
    // Column styles are what Excel and WPS give a cell the user types into,
    // so text columns keep 1-1 or =x as typed instead of a date or formula.
    column.numFmt = numFmtOf(col);
    column.alignment = col.type === 'text' ? align.topLeft : { vertical: 'top' };
    column.font = fonts.body;
  }
}

function writeTitle(ws: Worksheet, def: TemplateDefinition, used: number): void {
  ws.mergeCells(LAYOUT.titleRow, 1, LAYOUT.titleRow, used);
  const cell = ws.getCell(LAYOUT.titleRow, 1);
  cell.value = def.name;
  cell.font = fonts.title;
  cell.alignment = align.center;
  ws.getRow(LAYOUT.titleRow).height = 32;
}

function writeInfoBlock(ws: Worksheet, options: DataSheetOptions): void {
  // A period code (2026H1) is shown as staff write it (2026年上半年); the reader parses both.
  const period = options.period && (periodRange(options.period)?.label ?? options.period);
  const prefill: Partial<Record<InfoKey, string>> = { unitName: options.unitName, unitCode: options.unitCode, period };
  for (const field of INFO_FIELDS) {
    const { label, value } = infoCells(field.key);
    const labelCell = ws.getCell(label.row, label.col);
    labelCell.value = field.label;
    labelCell.font = fonts.label;
    labelCell.fill = fills.label;
    labelCell.border = thinBox;
    labelCell.alignment = align.center;

    const valueCell = ws.getCell(value.row, value.col);
    const text = prefill[field.key];
    // A plain string value is written as a shared string, never a formula, so
    // a unit name such as "=1+1" stays verbatim.
    if (text !== undefined && text !== '') valueCell.value = text;
    valueCell.font = fonts.body;
    valueCell.border = thinBox;
    const isDate = field.key === 'fillDate';
    valueCell.numFmt = isDate ? 'yyyy-mm-dd' : TEXT_FORMAT;
    valueCell.alignment = { horizontal: 'left', vertical: 'middle', shrinkToFit: true };
    const address = valueCell.address;
    addRangeValidation(
      ws,
      address,
      isDate
        ? { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], allowBlank: true, showInputMessage: true, promptTitle: field.label, prompt: '填写报送当天的日期，如 2026-07-15', showErrorMessage: true, errorTitle: '输入值无效', error: '“填报日期”请填写日期，如 2026-07-15。' }
        : { type: 'textLength', operator: 'lessThanOrEqual', formulae: [200], allowBlank: true, showInputMessage: true, promptTitle: field.label, prompt: infoPrompt(field.key) },
    );
  }
  for (const row of LAYOUT.infoRows) ws.getRow(row).height = 22;
}

/**
 * The nil-return declaration (本期无整改事项 | 是) right of 基本信息 in row 2, G:H:
 * left blank it declares nothing, so a forgotten ledger is never a nil return.
 */
function writeNilReturn(ws: Worksheet, label: string): void {
  const row = LAYOUT.infoRows[0];
  const col = LAYOUT.infoColumnCount + 1;
  const labelCell = ws.getCell(row, col);
  labelCell.value = label;
  labelCell.font = fonts.label;
  labelCell.fill = fills.label;
  labelCell.border = thinBox;
  labelCell.alignment = align.center;
  ws.getColumn(col).width = Math.max(ws.getColumn(col).width ?? DEFAULT_WIDTH, displayWidth(label) + 2);
  const valueCell = ws.getCell(row, col + 1);
  valueCell.font = fonts.body;
  valueCell.border = thinBox;
  valueCell.numFmt = TEXT_FORMAT;
  valueCell.alignment = { horizontal: 'center', vertical: 'middle' };
  addRangeValidation(ws, valueCell.address, {
    type: 'list', formulae: ['"是,否"'], allowBlank: true, showInputMessage: true, promptTitle: label,
    prompt: '本期确无此类事项时选择“是”，数据行留空；有数据时不要填写', showErrorMessage: true, errorTitle: '输入值无效', error: '请从下拉列表中选择“是”或“否”。',
  });
}

function infoPrompt(key: Exclude<InfoKey, 'fillDate'>): string {
  switch (key) {
    case 'unitName':
      return '填写本单位（党支部）全称';
    case 'unitCode':
      return '填写机关党委下发的单位编码';
    case 'period':
      return '填写报送期次，如 2026年上半年';
    case 'filler':
      return '填写经办人姓名';
    case 'phone':
      return '填写经办人联系电话';
  }
}

function writeHeader(ws: Worksheet, columns: readonly ColumnDef[]): void {
  const row = ws.getRow(LAYOUT.headerRow);
  let height = 20;
  columns.forEach((col, i) => {
    const cell = row.getCell(i + 1);
    const text = headerText(col);
    cell.value = text;
    cell.font = fonts.label;
    cell.fill = col.required ? fills.requiredHeader : fills.header;
    cell.border = thinBox;
    cell.alignment = align.center;
    cell.numFmt = TEXT_FORMAT;
    cell.note = fillHint(col);
    height = Math.max(height, wrappedHeight(text, ws.getColumn(i + 1).width ?? DEFAULT_WIDTH, 16));
  });
  row.height = height;
  ws.autoFilter = { from: { row: LAYOUT.headerRow, column: 1 }, to: { row: LAYOUT.headerRow, column: columns.length } };
}

function writeIdentity(ws: Worksheet, def: TemplateDefinition): void {
  const col = identityColumn(def.columns.length);
  const cell = ws.getCell(LAYOUT.titleRow, col);
  cell.value = identityMarker(def);
  cell.numFmt = TEXT_FORMAT;
  cell.font = fonts.hidden;
  ws.getColumn(col).hidden = true;
}

function writeValidations(ws: Worksheet, columns: readonly ColumnDef[], rows: number): void {
  const first = LAYOUT.firstDataRow;
  const last = first + rows - 1;
  columns.forEach((col, i) => {
    const letter = ws.getColumn(i + 1).letter;
    addRangeValidation(ws, `${letter}${first}:${letter}${last}`, columnValidation(col));
  });
}
