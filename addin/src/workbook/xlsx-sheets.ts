import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Sheet names inside a template package, and renaming them before the package
 * is inserted into the open workbook. Renaming the package (rather than the
 * sheets after insertion) means the insert never meets a name clash, whatever
 * the host does with clashes; defined names (print titles, filters) that
 * mention a sheet are rewritten with it.
 */

const WORKBOOK = 'xl/workbook.xml';

export function base64ToBytes(base64: string): Uint8Array {
  const bin = atob(base64.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  // Chunked: String.fromCharCode with a huge spread overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const decode = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? all;
  });
const encode = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SHEET_TAG = /<(?:[\w.-]+:)?sheet\b[^>]*?\bname\s*=\s*(["'])(.*?)\1[^>]*>/g;

function workbookXml(files: Record<string, Uint8Array>): string {
  const entry = files[WORKBOOK];
  if (!entry) throw new Error('not an xlsx workbook: xl/workbook.xml is missing');
  return strFromU8(entry);
}

/** The sheet names of an xlsx, in workbook order. */
export function xlsxSheetNames(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === WORKBOOK });
  return [...workbookXml(files).matchAll(SHEET_TAG)].map((m) => decode(m[2]!));
}

/** A reference to a sheet inside a formula: 'My sheet'! or Sheet1! */
const quoteRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** The same package with sheets renamed (old name → new name); untouched parts are copied as they were. */
export function renameXlsxSheets(bytes: Uint8Array, renames: ReadonlyMap<string, string>): Uint8Array {
  if (renames.size === 0) return bytes;
  const files = unzipSync(bytes);
  let xml = workbookXml(files).replace(SHEET_TAG, (tag, q: string, raw: string) => {
    const to = renames.get(decode(raw));
    return to === undefined ? tag : tag.replace(`name=${q}${raw}${q}`, `name=${q}${encode(to)}${q}`);
  });
  xml = xml.replace(/(<(?:[\w.-]+:)?definedName\b[^>]*>)([^<]*)(<\/)/g, (_all, open: string, body: string, close: string) => {
    let text = decode(body);
    for (const [from, to] of renames) {
      text = text.split(quoteRef(from)).join(quoteRef(to));
      if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(from)) text = text.replace(new RegExp(`(^|[^\\p{L}\\p{N}_.'])${escapeRegExp(from)}!`, 'gu'), `$1${quoteRef(to)}`);
    }
    return open + encode(text) + close;
  });
  files[WORKBOOK] = strToU8(xml);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = data;
  return zipSync(zippable, { level: 6 });
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
