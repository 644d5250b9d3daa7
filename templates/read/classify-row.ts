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
  // Walks the row's own array (not view.value per cell): this runs before validation on every row of a ledger.
  const cells = view.sheet.values[row - view.originRow];
  if (!cells) return 'blank';
  const defs = defsByColumn(columns, view.originCol);
  let first = '';
  let mappedFilled = 0;
  let matchesHeader = 0;
  let anyFilled = false;
  let onlySeq = true;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (isBlank(v)) continue;
    anyFilled = true;
    if (!first) first = toHalfWidth(cleanText(String(v)));
    const def = defs[i];
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

const defsOf = new WeakMap<Map<number, ColumnDef>, { originCol: number; defs: (ColumnDef | undefined)[] }>();

/** The header's column map as an array indexed like a row's cells, built once per sheet. */
function defsByColumn(columns: Map<number, ColumnDef>, originCol: number): (ColumnDef | undefined)[] {
  const known = defsOf.get(columns);
  if (known && known.originCol === originCol) return known.defs;
  const defs = new Array<ColumnDef | undefined>(Math.max(0, ...[...columns.keys()].map((c) => c - originCol + 1))).fill(undefined);
  for (const [col, def] of columns) if (col >= originCol) defs[col - originCol] = def;
  defsOf.set(columns, { originCol, defs });
  return defs;
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
