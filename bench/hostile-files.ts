import { strToU8 } from 'fflate';
import type { Grid } from '../templates/model/grid.ts';
import { deflatedRun, packageBytes, packageParts, rawZip, worksheet } from '../test/templates/xlsx/fixtures.ts';
import { ledgerBytes } from './ledger-fixture.ts';

/**
 * The hostile inputs of issue 7 ("one huge cell", "merges", "memory
 * ceiling"), rebuilt: tiny files that expand to a lot of work or memory, plus
 * the largest honest workbook the caps let through. Used by bench/hostile.ts.
 */

const HEADERS = ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'];
const ROW = [1, '党员', '张三', '第一党支部', '服务承诺', '', '每周处理', '2026-06-30', '推进中'];
const PLEDGE_COL = 'F';

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const cols = 'ABCDEFGHI';
const headerRow = `<row r="1">${HEADERS.map((h, i) => inline(`${cols[i]}1`, h)).join('')}</row>`;
const dataCells = (skip: number): string =>
  ROW.map((v, i) => (i === skip ? '' : typeof v === 'number' ? `<c r="${cols[i]}2"><v>${v}</v></c>` : inline(`${cols[i]}2`, v))).join('');

/** A package whose sheet1 is given pre-deflated (and may declare any size). */
function withDeflatedPart(name: string, data: Uint8Array, declared: number, sheetXml = 'placeholder'): Uint8Array {
  const parts = packageParts({ sheets: [{ name: '承诺践诺台账', xml: sheetXml }] });
  const entries = Object.entries(parts)
    .filter(([n]) => n !== name)
    .map(([n, bytes]) => ({ name: n, data: bytes, method: 0, size: bytes.length }));
  entries.push({ name, data, method: 8, size: declared });
  return rawZip(entries);
}

/** One shared string of `chars` × "x" in 承诺事项 (issue 7: a 5.6 KB file holding a 3.9 MB cell). */
export function sharedStringCell(chars: number): Uint8Array {
  const sst = deflatedRun(0x78, chars, '<sst><si><t>', '</t></si></sst>');
  const sheet = worksheet(`${headerRow}<row r="2">${dataCells(5)}<c r="${PLEDGE_COL}2" t="s"><v>0</v></c></row>`);
  const parts = packageParts({ sheets: [{ name: '承诺践诺台账', xml: sheet }] });
  const entries = Object.entries(parts)
    .filter(([n]) => n !== 'xl/sharedStrings.xml')
    .map(([n, bytes]) => ({ name: n, data: bytes, method: 0, size: bytes.length }));
  entries.push({ name: 'xl/sharedStrings.xml', data: sst, method: 8, size: chars + 30 });
  return rawZip(entries);
}

/** An inline string of `chars` × "x" in 承诺事项 (issue 7: a 10 MB inline string). */
export function inlineStringCell(chars: number): Uint8Array {
  const prefix = `<worksheet><sheetData>${headerRow}<row r="2">${dataCells(5)}<c r="${PLEDGE_COL}2" t="inlineStr"><is><t>`;
  const data = deflatedRun(0x78, chars, prefix, '</t></is></c></row></sheetData></worksheet>');
  return withDeflatedPart('xl/worksheets/sheet1.xml', data, chars + prefix.length + 60);
}

/** The header row and one record whose 承诺事项 is `pledge`, as the add-in (or anyone with a token) would post it. */
export function jsonGrid(pledge: string): Grid {
  const row = ROW.map((v, i) => (i === 5 ? pledge : v));
  return { sheets: [{ name: '承诺践诺台账', values: [HEADERS, row] }], source: { kind: 'workbook', name: 'grid.json' } };
}

/** `count` merges, each over rows 1–41 and 201 columns of the header area (issue 7: 40,000 merges in 18.8 KB). */
export function manyMerges(count: number): Uint8Array {
  const refs: string[] = [];
  for (let i = 0; i < count; i++) refs.push(`<mergeCell ref="A${(i % 7) + 1}:GS${41 + (i % 13)}"/>`);
  const sheet = worksheet(`${headerRow}<row r="2">${dataCells(-1)}</row>`, `<mergeCells count="${count}">${refs.join('')}</mergeCells>`);
  return packageBytes({ sheets: [{ name: '承诺践诺台账', xml: sheet }] });
}

/** 200 MB of spaces inside the sheet, the central directory declaring 1,000 bytes (issue 7: 293 MB RSS). */
export function lyingBombSheet(): Uint8Array {
  const data = deflatedRun(0x20, 200 * 1024 * 1024, '<worksheet><sheetData>', '</sheetData></worksheet>');
  return withDeflatedPart('xl/worksheets/sheet1.xml', data, 1000);
}

/** The same bomb in styles.xml, a part the reader materialises whole. */
export function lyingBombStyles(): Uint8Array {
  const data = deflatedRun(0x20, 200 * 1024 * 1024, '<styleSheet><cellXfs>', '</cellXfs></styleSheet>');
  const sheet = worksheet(`${headerRow}<row r="2">${dataCells(-1)}</row>`);
  return withDeflatedPart('xl/styles.xml', data, 1000, sheet);
}

/** `rows` × `width` distinct numbers: the largest honest sheet the cell cap lets through. */
export function giantSheet(rows: number, width: number): Uint8Array {
  const out: string[] = [headerRow];
  for (let r = 2; r <= rows + 1; r++) {
    let cells = '';
    for (let c = 0; c < width; c++) cells += `<c><v>${r * 31 + c}.5</v></c>`;
    out.push(`<row r="${r}">${cells}</row>`);
  }
  return packageBytes({ sheets: [{ name: '承诺践诺台账', xml: worksheet(out.join('')) }] });
}

/** The largest honest ledger the row cap lets through: every row valid, so validation keeps them all. */
export const validLedger = (rows: number): Promise<Uint8Array> => ledgerBytes(rows, 12);

/** `count` distinct shared strings, every one used once: the largest string table the caps let through. */
export function manySharedStrings(count: number, width = 10): Uint8Array {
  const strings = Array.from({ length: count }, (_, i) => `事项${i.toString(36)}`);
  const rows: string[] = [];
  for (let i = 0; i < count; i += width) {
    let cells = '';
    for (let c = 0; c < width && i + c < count; c++) cells += `<c t="s"><v>${i + c}</v></c>`;
    rows.push(`<row r="${i / width + 2}">${cells}</row>`);
  }
  return packageBytes({ sheets: [{ name: 'S', xml: worksheet(rows.join('')) }], sharedStrings: strings });
}

/** `rows` × `width` inline strings of 14 Chinese characters: values a fraction of the XML they sit in. */
export function inlineStrings(rows: number, width: number): Uint8Array {
  const out: string[] = [headerRow];
  for (let r = 2; r <= rows + 1; r++) {
    let cells = '';
    for (let c = 0; c < width; c++) cells += `<c t="inlineStr"><is><t>走访困难党员第${(r * width + c) % 9973}户并记录</t></is></c>`;
    out.push(`<row r="${r}">${cells}</row>`);
  }
  return packageBytes({ sheets: [{ name: '承诺践诺台账', xml: worksheet(out.join('')) }] });
}

/** The header search area (30 rows × 256 columns) filled with one long string, as a shared string referenced by every cell. */
export function longCellsInHeaderArea(text: string): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= 30; r++) {
    let cells = '';
    for (let c = 0; c < 256; c++) cells += '<c t="s"><v>0</v></c>';
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  return packageBytes({ sheets: [{ name: 'S', xml: worksheet(rows.join('')) }], sharedStrings: [text] });
}

export const utf8 = (s: string): Uint8Array => strToU8(s);
