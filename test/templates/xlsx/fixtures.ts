import ExcelJS from 'exceljs';
import { Deflate, strToU8, zipSync, type Zippable } from 'fflate';

/** Builders for the reader tests: real workbooks via exceljs, hand-made and hostile packages via fflate. */

export async function excelBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const worksheet = (sheetData: string, after = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

export interface PackageSpec {
  sheets: { name: string; xml: string | Uint8Array; state?: string; target?: string }[];
  sharedStrings?: string[] | string;
  styles?: string;
  workbookPr?: string;
  definedNames?: string;
  core?: string;
  /** Raw parts added or replacing generated ones. */
  extra?: Record<string, string | Uint8Array>;
  omit?: string[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The parts of a minimal xlsx, before zipping (so tests can tamper with them). */
export function packageParts(spec: PackageSpec): Record<string, Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  };
  const sheetTags = spec.sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rIdS${i + 1}"/>`)
    .join('');
  parts['xl/workbook.xml'] = `<?xml version="1.0"?><workbook ${NS}>${spec.workbookPr ?? ''}<sheets>${sheetTags}</sheets>${spec.definedNames ?? ''}</workbook>`;
  const rels = spec.sheets.map(
    (s, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`,
  );
  rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  spec.sheets.forEach((s, i) => {
    const target = s.target ?? `worksheets/sheet${i + 1}.xml`;
    const path = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
    for (let j = path.indexOf('..'); j > 0; j = path.indexOf('..')) path.splice(j - 1, 2);
    parts[path.join('/')] = s.xml;
  });
  const strings = spec.sharedStrings ?? [];
  parts['xl/sharedStrings.xml'] =
    typeof strings === 'string'
      ? strings
      : `<?xml version="1.0"?><sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  parts['xl/styles.xml'] = spec.styles ?? `<?xml version="1.0"?><styleSheet ${NS}><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`;
  if (spec.core !== undefined) parts['docProps/core.xml'] = spec.core;
  Object.assign(parts, spec.extra ?? {});
  for (const name of spec.omit ?? []) delete parts[name];
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]));
}

export const packageBytes = (spec: PackageSpec): Uint8Array => zipSync(packageParts(spec) as Zippable);

/** `count` bytes of `byte`, deflated as a stream so the test never holds the inflated data. */
export function deflatedRun(byte: number, count: number, prefix = '', suffix = ''): Uint8Array {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  deflate.push(strToU8(prefix));
  const block = new Uint8Array(1 << 20).fill(byte);
  for (let left = count; left > 0; left -= block.length) deflate.push(left >= block.length ? block : block.subarray(0, left));
  deflate.push(strToU8(suffix), true);
  const total = out.reduce((n, c) => n + c.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const c of out) joined.set(c, (at += c.length) - c.length);
  return joined;
}

/**
 * A zip whose named entries carry pre-deflated data (method 8) and whatever
 * sizes the test declares — the central directory can lie.
 */
export function rawZip(entries: { name: string; data: Uint8Array; method?: number; size: number }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method ?? 8, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method ?? 8, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...locals, ...centrals, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A minimal CFB (v3, 512-byte sectors): header, one FAT sector, one directory sector with the given stream names. */
export function cfb(streamNames: string[]): Uint8Array {
  const out = new Uint8Array(512 * 3);
  const v = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x3c, 0xfffffffe, true);
  v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, 0xffffffff, true);
  v.setUint32(0x4c, 0, true); // FAT lives in sector 0
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + i * 4, 0xffffffff, true);
  v.setUint32(fat, 0xfffffffd, true); // sector 0: FAT
  v.setUint32(fat + 4, 0xfffffffe, true); // sector 1: end of directory chain
  const names = ['Root Entry', ...streamNames].slice(0, 4);
  names.forEach((name, i) => {
    const at = 1024 + i * 128;
    for (let c = 0; c < name.length; c++) v.setUint16(at + c * 2, name.charCodeAt(c), true);
    v.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = i === 0 ? 5 : 2;
  });
  return out;
}
