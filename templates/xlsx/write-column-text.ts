import type { ColumnDef, TemplateDefinition } from '../model/definition.ts';

/** The Chinese wording a blank template uses to explain a column to the person filling it. */

const fmtBound = (col: ColumnDef, n: number): string => (col.type === 'percent' ? `${Math.round(n * 100)}%` : String(n));

/** 类型/格式 column of 填报说明. */
export function typeLabel(col: ColumnDef): string {
  switch (col.type) {
    case 'text':
      return col.maxLength ? `文本（不超过${col.maxLength}字）` : '文本';
    case 'enum':
      return '下拉选择';
    case 'date':
      return '日期（如 2026-07-15）';
    case 'int':
      return `整数${rangeText(col)}`;
    case 'number':
      return `数字${rangeText(col)}`;
    case 'percent':
      return `百分比${rangeText(col)}`;
  }
}

function rangeText(col: ColumnDef): string {
  if (col.min !== undefined && col.max !== undefined) return `（${fmtBound(col, col.min)}～${fmtBound(col, col.max)}）`;
  if (col.min !== undefined) return `（≥${fmtBound(col, col.min)}）`;
  if (col.max !== undefined) return `（≤${fmtBound(col, col.max)}）`;
  return '';
}

/** 可选值 column of 填报说明: enum values separated by 、. */
export const optionsText = (col: ColumnDef): string => (col.options ?? []).map((o) => o.value).join('、');

/** The fill instruction: the definition's hint, or one derived from the type. */
export function fillHint(col: ColumnDef): string {
  if (col.hint) return col.hint;
  switch (col.type) {
    case 'enum':
      return `从下拉列表中选择：${optionsText(col)}`;
    case 'date':
      return '填写日期，如 2026-07-15';
    case 'int':
      return `填写${typeLabel(col)}`;
    case 'number':
      return `填写${typeLabel(col)}`;
    case 'percent':
      return '填写百分比，如 95% 或 0.95';
    case 'text':
      return col.required ? '必填，如实填写' : '如实填写，可为空';
  }
}

/** The reporting deadline rule in 填报说明; DOMAIN §2 defaults, the admin may set other dates. */
export function deadlineText(frequency: TemplateDefinition['frequency']): string {
  switch (frequency) {
    case 'semiannual':
      return '每半年报送一次：上半年台账于7月15日前报送，下半年台账于次年1月15日前报送。具体截止日期以机关党委通知为准，逾期报送的将登记为“逾期报送”。';
    case 'monthly':
      return '每月报送一次，于当月月末前报送。具体截止日期以机关党委通知为准，逾期报送的将登记为“逾期报送”。';
    case 'once':
      return '按通知要求一次性报送，截止日期以机关党委通知为准，逾期报送的将登记为“逾期报送”。';
  }
}
