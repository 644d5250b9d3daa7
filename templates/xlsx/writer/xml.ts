/** Text as XML character data or attribute value; characters XML 1.0 forbids are dropped. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (c) => ENTITY[c]!);
}
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** 1 → A, 27 → AA. */
export function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A1-style range from 1-based corners. */
export const rangeRef = (r1: number, c1: number, r2: number, c2: number): string => `${colName(c1)}${r1}:${colName(c2)}${r2}`;

/** 'Sheet name' as a formula reference (quotes doubled). */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
