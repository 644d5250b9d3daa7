import type { DataValidation, Worksheet } from 'exceljs';
import type { ColumnDef } from '../model/definition.ts';
import { EXCEL_MAX_CELL_CHARS } from '../model/grid.ts';
import { fillHint, optionsText } from './write-column-text.ts';

/** Excel's limits: prompt ≤ 255 characters, prompt title ≤ 32, a literal list ≤ 255. */
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);


// Dates are bounded to catch typos (20226-07-15) without rejecting real ledgers.
const EARLIEST_DATE = new Date(Date.UTC(2000, 0, 1));
const LATEST_DATE = new Date(Date.UTC(2099, 11, 31));

/** The Excel validation that guards one column's data cells, with the hint as its input prompt. */
export function columnValidation(col: ColumnDef): DataValidation {
  const base = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: clip(col.header, 32),
    prompt: clip(fillHint(col), 255),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入值无效',
  } as const;
  switch (col.type) {
    case 'enum': {
      const values = (col.options ?? []).map((o) => o.value);
      return { ...base, type: 'list', formulae: [`"${values.join(',')}"`], error: clip(`“${col.header}”只能从下拉列表中选择：${optionsText(col)}`, 255) };
    }
    case 'date':
      return { ...base, type: 'date', operator: 'between', formulae: [EARLIEST_DATE, LATEST_DATE], error: `“${col.header}”请填写日期，如 2026-07-15。` };
    case 'int':
      return { ...base, ...bounded(col, 'whole'), error: `“${col.header}”请填写${boundText(col)}整数。` };
    case 'number':
      return { ...base, ...bounded(col, 'decimal'), error: `“${col.header}”请填写${boundText(col)}数字。` };
    case 'percent':
      return { ...base, ...bounded({ ...col, min: col.min ?? 0, max: col.max ?? 1 }, 'decimal'), error: `“${col.header}”请填写 ${pct(col.min ?? 0)}～${pct(col.max ?? 1)} 之间的百分比，如 95%。` };
    case 'text':
      return { ...base, type: 'textLength', operator: 'lessThanOrEqual', formulae: [col.maxLength ?? EXCEL_MAX_CELL_CHARS], error: `“${col.header}”不能超过 ${col.maxLength ?? EXCEL_MAX_CELL_CHARS} 个字。` };
  }
}

const pct = (n: number): string => `${Math.round(n * 100)}%`;

function bounded(col: ColumnDef, type: 'whole' | 'decimal'): Pick<DataValidation, 'type' | 'operator' | 'formulae'> {
  const { min, max } = col;
  if (min !== undefined && max !== undefined) return { type, operator: 'between', formulae: [min, max] };
  if (min !== undefined) return { type, operator: 'greaterThanOrEqual', formulae: [min] };
  if (max !== undefined) return { type, operator: 'lessThanOrEqual', formulae: [max] };
  // Unbounded numbers still get a (wide) range so that text in the cell is refused.
  return { type, operator: 'between', formulae: [-1e12, 1e12] };
}

function boundText(col: ColumnDef): string {
  const { min, max } = col;
  if (min !== undefined && max !== undefined) return `${min}～${max} 之间的`;
  if (min !== undefined) return `不小于 ${min} 的`;
  if (max !== undefined) return `不大于 ${max} 的`;
  return '';
}

// exceljs has `worksheet.dataValidations` (lib/doc/data-validations.js) but
// leaves it out of index.d.ts; a range key is written as one sqref, not per cell.
interface RangeValidations {
  add(range: string, validation: DataValidation): void;
}
export const rangeValidations = (ws: Worksheet): RangeValidations =>
  (ws as unknown as { dataValidations: RangeValidations }).dataValidations;

/** Adds `validation` to a rectangular range such as 'B5:B2004'. */
export function addRangeValidation(ws: Worksheet, range: string, validation: DataValidation): void {
  rangeValidations(ws).add(range, validation);
}
