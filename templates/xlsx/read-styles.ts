import { isDateFormat } from '../normalize/date-format.ts';
import { tags } from './read-xml-text.ts';

/**
 * Excel's built-in number formats (ECMA-376 §18.8.30), with the zh-CN
 * variants Excel uses for the locale-dependent ids. Office.js reports id 14
 * in the user's locale; all that matters downstream is that it is a date.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"¥"#,##0;"¥"\\-#,##0',
  6: '"¥"#,##0;[Red]"¥"\\-#,##0',
  7: '"¥"#,##0.00;"¥"\\-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Per cell style index (`<c s="…">`): its format code and whether it shows a date. */
export interface StyleTable {
  formats: string[];
  dates: boolean[];
}

export const EMPTY_STYLES: StyleTable = { formats: [], dates: [] };

function section(xml: string, name: string): string {
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}[\\s>]`).exec(xml);
  if (!open) return '';
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${name}>`).exec(xml.slice(open.index));
  return close ? xml.slice(open.index, open.index + close.index) : '';
}

/**
 * Excel keeps at most ~65,000 cell formats; a styles part listing millions
 * would cost memory for nothing, so the rest are ignored (their cells read
 * as General, like a style index past the end of the table).
 */
const MAX_CELL_FORMATS = 65_536;

/** Reads `<numFmts>` and `<cellXfs>` only; `<cellStyleXfs>` holds named styles, not cell styles. */
export function readStyles(xml: string): StyleTable {
  const custom = new Map<number, string>();
  for (const a of tags(section(xml, 'numFmts'), 'numFmt')) {
    const id = Number(a.numFmtId);
    if (Number.isInteger(id) && a.formatCode !== undefined) custom.set(id, a.formatCode);
  }
  const formats: string[] = [];
  const dates: boolean[] = [];
  const dateCache = new Map<string, boolean>();
  for (const a of tags(section(xml, 'cellXfs'), 'xf')) {
    if (formats.length >= MAX_CELL_FORMATS) break;
    const id = Number(a.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? 'General';
    let date = dateCache.get(code);
    if (date === undefined) dateCache.set(code, (date = isDateFormat(code)));
    formats.push(code);
    dates.push(date);
  }
  return { formats, dates };
}
