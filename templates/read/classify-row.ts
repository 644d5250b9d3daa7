import type { ColumnDef } from '../model/definition.ts';
import type { SkipReason } from '../model/issue.ts';
import { isBlank } from '../normalize/cell.ts';
import { cleanText, headerKey, toHalfWidth } from '../normalize/text.ts';
import type { SheetView } from './sheet-access.ts';

const TOTAL = /^(合\s*计|总\s*计|小\s*计|累\s*计)/;
const SIGNATURE = /^(填表人|填报人|审核人|制表人|负责人|单位负责人|分管领导|主要负责人|联系人|联系电话|填表日期|填报日期|审核日期|(单位)?盖章)\s*[:：\s]?/;
const NOTE = /^(注|说明|备注|填表说明|附注)\s*[:：0-9一二三四五六七八九十、.]/;

/**
 * Decides whether a row below the header is data or one of the lines people
 * put around data (blank rows, 合计, signature and note lines, a header
 * repeated after a page break). Trailers are only recognised by their first
 * non-empty cell, so a pledge that merely mentions 合计 stays data.
 */
export function classifyRow(view: SheetView, row: number, columns: Map<number, ColumnDef>): SkipReason | null {
  const width = view.width(row);
  let first = '';
  let mappedFilled = 0;
  let matchesHeader = 0;
  let anyFilled = false;
  let onlySeq = true;
  for (let col = view.originCol; col < width; col++) {
    const v = view.value(row, col);
    if (isBlank(v)) continue;
    anyFilled = true;
    if (!first) first = toHalfWidth(cleanText(String(v)));
    const def = columns.get(col);
    if (def?.key !== 'seq') onlySeq = false;
    // Pre-numbered empty rows (序号 1..50 filled in advance) are blank rows, not records.
    if (def?.key === 'seq') continue;
    if (def) {
      mappedFilled++;
      if (typeof v === 'string' && looksLikeHeader(v, def)) matchesHeader++;
    }
  }
  if (!anyFilled) return 'blank';
  if (TOTAL.test(first)) return 'total';
  const sparse = mappedFilled * 2 <= columns.size;
  if (sparse && SIGNATURE.test(first)) return 'signature';
  if (sparse && NOTE.test(first)) return 'note';
  if (matchesHeader * 2 > columns.size) return 'header-repeat';
  if (onlySeq) return 'blank';
  // Text only in columns that belong to no template column: a margin note, not a record.
  if (mappedFilled === 0) return 'note';
  return null;
}

const keyOf = new WeakMap<ColumnDef, { key: string; last: string }>();

/**
 * Cheap pre-checks first: this runs for every cell of a 20,000-row ledger. A
 * key's last character, when no case or width folding could have produced it
 * (a Chinese character), must be in the cell too: 已完成 shares 完 with 完成情况.
 */
function looksLikeHeader(v: string, def: ColumnDef): boolean {
  let k = keyOf.get(def);
  if (k === undefined) {
    const key = headerKey(def.header);
    const end = key[key.length - 1] ?? '';
    keyOf.set(def, (k = { key, last: end.charCodeAt(0) >= 0x3400 && end.charCodeAt(0) <= 0x9fff ? end : '' }));
  }
  const { key, last } = k;
  return v.length < key.length + 8 && v.includes(key[0]!) && v.includes(last) && headerKey(v) === key;
}
