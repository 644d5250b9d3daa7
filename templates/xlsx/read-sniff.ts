/**
 * What an upload is, from its first bytes, before anything is parsed. Users
 * upload PDFs, CSV exports, screenshots and web pages saved as ".xls"; each
 * gets its own message instead of a generic "corrupt".
 */

export type NotSpreadsheetKind = 'pdf' | 'csv' | 'text' | 'image' | 'html' | 'unknown';

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  /** Excel 2003 XML ("XML 电子表格 2003"): an old Excel format, like .xls. */
  | { kind: 'spreadsheetml-2003' }
  | { kind: 'other'; detected: NotSpreadsheetKind };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x42, 0x4d], // BMP
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
];

const SNIFF_BYTES = 64 * 1024;

/** Not TextDecoder('latin1'): workerd and browsers differ on legacy labels. */
export function bytesToLatin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 4096) out += String.fromCharCode(...b.subarray(i, i + 4096));
  return out;
}

function isWebp(b: Uint8Array): boolean {
  return startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8);
}

/** Text has no NUL and almost no C0 controls other than tab/CR/LF; GBK and UTF-8 both pass. */
function looksLikeText(b: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < b.length; i++) {
    const v = b[i]!;
    if (v === 0) return false;
    if (v < 0x20 && v !== 0x09 && v !== 0x0a && v !== 0x0d && v !== 0x0c && v !== 0x1b) controls++;
  }
  return controls * 100 <= b.length;
}

/** Two or more lines that split on the same delimiter into the same number (≥ 2) of fields. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 20);
  if (lines.length < 2) return false;
  return [',', '\t', ';'].some((d) => {
    const fields = lines[0]!.split(d).length;
    const alike = lines.filter((l) => l.split(d).length === fields).length;
    return fields >= 2 && alike * 5 >= lines.length * 4;
  });
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return { kind: 'zip' };
  if (startsWith(bytes, CFB)) return { kind: 'cfb' };
  if (startsWith(bytes, PDF)) return { kind: 'other', detected: 'pdf' };
  if (IMAGES.some((sig) => startsWith(bytes, sig)) || isWebp(bytes)) return { kind: 'other', detected: 'image' };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!looksLikeText(head)) return { kind: 'other', detected: 'unknown' };
  // Byte-per-char keeps positions and never throws (GBK CSVs are common); only ASCII markup is inspected.
  const text = bytesToLatin1(head).replace(/^\u00ef\u00bb\u00bf/, '');
  const lead = text.trimStart().slice(0, 2048).toLowerCase();
  if (lead.startsWith('<?xml') && /urn:schemas-microsoft-com:office:spreadsheet/.test(lead)) {
    return { kind: 'spreadsheetml-2003' };
  }
  if (/^(?:<!doctype html|<html|<head|<body|<table|<meta|<style|<!--)/.test(lead) || /<html[\s>]/.test(lead)) {
    return { kind: 'other', detected: 'html' };
  }
  // Drop a possibly cut-off last line before judging the shape.
  const complete = head.length === SNIFF_BYTES ? text.slice(0, Math.max(text.lastIndexOf('\n'), 0)) : text;
  return { kind: 'other', detected: looksLikeCsv(complete) ? 'csv' : 'text' };
}
