/**
 * Small, allocation-light helpers for the hand-written XML scanners. The
 * package parts the reader needs are machine-written SpreadsheetML, so a full
 * XML parser would cost time and memory without catching anything more; the
 * one thing it must refuse — DTDs and entity declarations — is checked in
 * read-xml-stream.ts.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

function entity(match: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return NAMED[body] ?? match;
}

/**
 * `s` as a string of its own. V8 makes a slice of 13 or more characters a
 * view that keeps its whole parent alive, and every value the scanners cut is
 * a slice of an inflated piece: a grid of such views held the entire sheet's
 * XML (a 2.9 MB file of inline strings kept 152 MB). Concatenating forces a
 * flat copy; the slice of that copy keeps only the copy.
 */
export const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/** XML character references only (attribute values, formulas). */
export const decodeEntities = (s: string): string => (s.indexOf('&') < 0 ? s : s.replace(ENTITY, entity));

const ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * Cell text: XML references, then Excel's own `_xHHHH_` escapes for
 * characters XML cannot carry (a literal "_x000D_" is stored as
 * "_x005F_x000D_", which this single left-to-right pass restores).
 */
export function decodeCellText(s: string): string {
  const t = decodeEntities(s);
  return t.indexOf('_x') < 0 ? t : t.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const isNameEnd = (ch: number): boolean => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;

/** End index (exclusive) of the qualified tag name starting at `from`. */
export function nameEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isNameEnd(text.charCodeAt(i))) i++;
  return i;
}

/** Local name of `prefix:name` (some writers prefix every SpreadsheetML tag, e.g. `x:c`). */
export const localName = (qname: string): string => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** Attributes of one start tag, keyed by local name (`r:id` → `id`); values entity-decoded. */
export function readAttributes(text: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  while (i < to) {
    const eq = text.indexOf('=', i);
    if (eq < 0 || eq >= to) break;
    const name = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 39) q++;
    if (q >= to) break;
    const close = text.indexOf(text[q]!, q + 1);
    if (close < 0 || close > to) break;
    if (name) out[localName(name)] = decodeEntities(text.slice(q + 1, close));
    i = close + 1;
  }
  return out;
}

/** The three attributes a cell needs, without allocating a record (this runs once per cell). */
export interface CellAttributes {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

export function readCellAttributes(text: string, from: number, to: number, out: CellAttributes): void {
  out.r = out.s = out.t = undefined;
  let i = from;
  while (i < to) {
    while (i < to && text.charCodeAt(i) <= 32) i++;
    const eq = text.indexOf('=', i);
    if (eq < 0 || eq >= to) return;
    let q = eq + 1;
    while (q < to && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 39) q++;
    if (q >= to) return;
    const close = text.indexOf(text[q]!, q + 1);
    if (close < 0 || close > to) return;
    let nameTo = eq;
    while (nameTo > i && text.charCodeAt(nameTo - 1) <= 32) nameTo--;
    if (nameTo - i === 1) {
      const ch = text.charCodeAt(i);
      if (ch === 114 /* r */) out.r = text.slice(q + 1, close);
      else if (ch === 115 /* s */) out.s = text.slice(q + 1, close);
      else if (ch === 116 /* t */) out.t = text.slice(q + 1, close);
    }
    i = close + 1;
  }
}

/** Every start (or empty) tag with local name `name` in a materialised part. */
export function* tags(xml: string, name: string): Generator<Record<string, string>> {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const body = m[1]!;
    yield readAttributes(body, 0, body.length);
  }
}

/** Text of the first `<name>…</name>` in a materialised part, undecoded; undefined when absent. */
export function elementText(xml: string, name: string): string | undefined {
  const m = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${name})(?:\\s[^>]*)?>([^<]*)</\\1>`).exec(xml);
  return m ? m[2] : undefined;
}

/**
 * Visible text of a string item (`<si>` or `<is>` content): the `<t>` of the
 * item or of each rich-text run, concatenated; phonetic runs (`<rPh>`) are
 * skipped, as Excel does not show them in the value.
 */
export function richText(content: string): string {
  // Fast path: the common `<t>plain</t>` item.
  if (content.startsWith('<t>') && content.endsWith('</t>') && content.indexOf('<', 3) === content.length - 4) {
    return decodeCellText(content.slice(3, -4));
  }
  let out = '';
  let i = 0;
  for (;;) {
    const lt = content.indexOf('<', i);
    if (lt < 0 || content.charCodeAt(lt + 1) === 47 /* / */) {
      if (lt < 0) break;
      i = lt + 2;
      continue;
    }
    const end = nameEnd(content, lt + 1);
    const qname = content.slice(lt + 1, end);
    const gt = content.indexOf('>', end);
    if (gt < 0) break;
    const local = localName(qname);
    if (content.charCodeAt(gt - 1) === 47) {
      i = gt + 1;
      continue;
    }
    if (local === 't' || local === 'rPh') {
      const close = content.indexOf(`</${qname}>`, gt + 1);
      if (close < 0) break;
      if (local === 't') out += decodeCellText(content.slice(gt + 1, close));
      i = close + qname.length + 3;
      continue;
    }
    i = gt + 1;
  }
  return out;
}
