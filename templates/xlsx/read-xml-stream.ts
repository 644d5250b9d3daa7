import { MAX_ELEMENT_CHARS, ReadFailure } from './limits.ts';
import { inflateEntry, inflateEntryToBytes, type InflateBudget, type ZipArchive, type ZipEntry } from './zip.ts';

/**
 * A scanner consumes complete elements from the front of `text` and returns
 * how far it got; the rest is handed back, prefixed, with the next piece.
 * It sets `done` when it has what it needs, which stops the inflation.
 */
export interface XmlScanner {
  scan(text: string, final: boolean): number;
  done: boolean;
}

const DTD = /<!\s*(?:DOCTYPE|ENTITY)/i;

/** No part of a real workbook declares a DTD; refusing them rules out entity expansion and external entities. */
function refuseDtd(text: string, part: string): void {
  if (text.indexOf('<!') >= 0 && DTD.test(text)) throw new ReadFailure('file/doctype', { part });
}

/** Same check on a stream piece, including a declaration split across the previous piece's tail. */
function refuseDtdAcross(tail: string, text: string, part: string): void {
  refuseDtd(text, part);
  if (tail) refuseDtd(tail + text.slice(0, 16), part);
}

function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/**
 * Inflates a part incrementally and feeds its text to `scanner`, so a sheet
 * is never held as one string: memory is one inflated piece plus at most one
 * unfinished element. An unfinished element is handed back only once at least
 * as much new text has arrived as it already holds, so a long element costs
 * time linear in its length, not one rescan per piece.
 */
export function streamXmlPart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, scanner: XmlScanner): void {
  let decoder: TextDecoder | undefined;
  let carry = '';
  let tail = '';
  const pending: string[] = [];
  let pendingLength = 0;
  const feed = (text: string, final: boolean): void => {
    refuseDtdAcross(tail, text, entry.name);
    tail = text.length >= 16 ? text.slice(-16) : (tail + text).slice(-16);
    if (!final && pendingLength + text.length < carry.length) {
      pending.push(text);
      pendingLength += text.length;
      return;
    }
    const all = carry + (pendingLength > 0 ? pending.join('') : '') + text;
    pending.length = 0;
    pendingLength = 0;
    const used = scanner.scan(all, final);
    carry = used >= all.length ? '' : all.slice(used);
    if (carry.length > MAX_ELEMENT_CHARS) throw new ReadFailure('file/corrupt', { reason: 'element-too-long', part: entry.name });
  };
  inflateEntry(zip, entry, budget, (piece) => {
    decoder ??= decoderFor(piece);
    feed(decoder.decode(piece, { stream: true }), false);
    return scanner.done;
  });
  if (!scanner.done) feed(decoder ? decoder.decode() : '', true);
}

/** Small parts (workbook, rels, styles, core properties) are read whole, within the budget. */
export function readXmlPart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): string {
  const bytes = inflateEntryToBytes(zip, entry, budget);
  const text = decoderFor(bytes).decode(bytes);
  refuseDtd(text, entry.name);
  return text;
}
