import type { Alignment, Border, Borders, Fill, Font } from 'exceljs';

/** Shared look of the generated workbooks; fonts name a CJK face WPS and Excel both ship. */

export const FONT_NAME = '宋体';

export const fonts = {
  title: { name: FONT_NAME, size: 16, bold: true } satisfies Partial<Font>,
  heading: { name: FONT_NAME, size: 12, bold: true } satisfies Partial<Font>,
  label: { name: FONT_NAME, size: 11, bold: true } satisfies Partial<Font>,
  body: { name: FONT_NAME, size: 11 } satisfies Partial<Font>,
  /** The identity marker: present for machines, invisible on white. */
  hidden: { name: FONT_NAME, size: 8, color: { argb: 'FFFFFFFF' } } satisfies Partial<Font>,
};

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export const fills = {
  label: solid('FFE7E6E6'),
  header: solid('FFDDEBF7'),
  requiredHeader: solid('FFFCE4D6'),
};

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const thinBox: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const align = {
  center: { horizontal: 'center', vertical: 'middle', wrapText: true } satisfies Partial<Alignment>,
  left: { horizontal: 'left', vertical: 'middle', wrapText: true } satisfies Partial<Alignment>,
  topLeft: { horizontal: 'left', vertical: 'top', wrapText: true } satisfies Partial<Alignment>,
};

/** Width of text in Excel character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * Row height (points) for wrapped text in a cell `width` characters wide.
 * Excel does not grow wrapped rows of a generated file by itself, so the
 * writer sizes them; explicit line breaks count as lines.
 */
export function wrappedHeight(text: string, width: number, lineHeight = 15): number {
  const usable = Math.max(width - 1, 1);
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
  return lines * lineHeight + 4;
}
