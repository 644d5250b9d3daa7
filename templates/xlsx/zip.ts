import { Inflate } from 'fflate';
import { FIRST_INFLATE_CHUNK_BYTES, INFLATE_CHUNK_BYTES, MAX_WHOLE_PART_BYTES, MIN_INFLATE_CHUNK_BYTES, ReadFailure, TARGET_PIECE_BYTES } from './limits.ts';
import { bytesToLatin1 } from './read-sniff.ts';

/**
 * Just enough of the zip format to read an xlsx package: the central
 * directory, stored (0) and deflated (8) entries. Zip64 is not supported: a
 * workbook under the 20 MiB upload cap never needs it, and such archives are
 * refused as file/corrupt.
 */

export interface ZipEntry {
  name: string;
  method: number;
  /** Declared sizes from the central directory; they may lie and are only a fast path. */
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  /** Keyed by lower-cased name: OPC part names are case-insensitive. */
  entries: Map<string, ZipEntry>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;

const corrupt = (reason: string): ReadFailure => new ReadFailure('file/corrupt', { reason });

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

const utf8 = new TextDecoder('utf-8');

function findEndOfCentralDirectory(b: Uint8Array): number {
  const stop = Math.max(0, b.length - EOCD_MIN - 0xffff);
  for (let i = b.length - EOCD_MIN; i >= stop; i--) {
    if (b[i] === 0x50 && u32(b, i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

export function readZipDirectory(bytes: Uint8Array): ZipArchive {
  if (bytes.length < EOCD_MIN) throw corrupt('truncated');
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw corrupt('no-central-directory');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw corrupt('zip64');
  if (cdOffset + cdSize > eocd) throw corrupt('central-directory-out-of-range');

  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(bytes, p) !== CENTRAL_SIGNATURE) throw corrupt('central-directory-entry');
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > eocd) throw corrupt('central-directory-entry');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = flags & 0x800 ? utf8.decode(rawName) : bytesToLatin1(rawName);
    const entry: ZipEntry = {
      name,
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
    };
    if (flags & 0x1) throw corrupt('zip-encryption');
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      throw corrupt('zip64');
    }
    entries.set(name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), entry);
    p = next;
  }
  return { bytes, entries };
}

export const findEntry = (zip: ZipArchive, name: string): ZipEntry | undefined => zip.entries.get(name.toLowerCase());

/** Shared across all parts of one workbook: every inflated byte is charged here. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}

  charge(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw new ReadFailure('file/too-large', { limit: this.limit, measure: 'uncompressed' });
  }

  /** Fast path: a part whose honest declared size already breaks the cap is refused before inflating. */
  precheck(declared: number): void {
    if (this.used + declared > this.limit) throw new ReadFailure('file/too-large', { limit: this.limit, measure: 'uncompressed' });
  }
}

function entryData(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const b = zip.bytes;
  const o = entry.localHeaderOffset;
  if (o + 30 > b.length || u32(b, o) !== LOCAL_SIGNATURE) throw corrupt('local-header');
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw corrupt('entry-out-of-range');
  return b.subarray(start, end);
}

/** A stored entry is handed out as views of the upload itself: no expansion, so pieces can be larger. */
const STORED_PIECE_BYTES = 64 * 1024;

/**
 * Streams one entry's uncompressed bytes to `onData` in bounded pieces.
 * `onData` returns true to stop early (the rest is neither inflated nor
 * charged). The budget is charged after every piece, so a bomb — even one
 * whose declared size lies — stops within one piece of the cap.
 */
export function inflateEntry(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, onData: (piece: Uint8Array) => boolean | void): void {
  budget.precheck(entry.size);
  const data = entryData(zip, entry);
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += STORED_PIECE_BYTES) {
      const piece = data.subarray(i, Math.min(data.length, i + STORED_PIECE_BYTES));
      budget.charge(piece.length);
      if (onData(piece)) return;
    }
    return;
  }
  if (entry.method !== 8) throw corrupt(`method-${entry.method}`);
  let stopped = false;
  let produced = 0;
  const inflater = new Inflate((piece) => {
    produced += piece.length;
    if (stopped || piece.length === 0) return;
    budget.charge(piece.length);
    if (onData(piece)) stopped = true;
  });
  try {
    let chunk = FIRST_INFLATE_CHUNK_BYTES;
    for (let i = 0; i < data.length && !stopped; i += chunk) {
      chunk = nextChunk(chunk, produced);
      produced = 0;
      const end = Math.min(data.length, i + chunk);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw corrupt('inflate');
  }
}

/**
 * The next compressed chunk: aiming at TARGET_PIECE_BYTES of output per push,
 * from what the last push produced. Ordinary XML (10:1) soon runs at the full
 * INFLATE_CHUNK_BYTES; a bomb (1000:1) drops to tiny chunks, so each piece and
 * the inflater's buffers stay small, short-lived garbage instead of megabytes
 * that only a full GC reclaims.
 */
function nextChunk(last: number, produced: number): number {
  if (produced === 0) return last;
  const aimed = Math.floor((last * TARGET_PIECE_BYTES) / produced);
  return Math.max(MIN_INFLATE_CHUNK_BYTES, Math.min(INFLATE_CHUNK_BYTES, aimed, last * 2));
}

/**
 * Materialises a small part (workbook, rels, styles, core.xml) within the
 * budget and the whole-part cap: joining the pieces doubles the memory, so a
 * part that claims or turns out to be larger is refused first.
 */
export function inflateEntryToBytes(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, maxBytes = MAX_WHOLE_PART_BYTES): Uint8Array {
  const tooLarge = () => new ReadFailure('file/too-large', { limit: maxBytes, measure: 'part', part: entry.name });
  if (entry.size > maxBytes) throw tooLarge();
  const pieces: Uint8Array[] = [];
  let total = 0;
  inflateEntry(zip, entry, budget, (piece) => {
    total += piece.length;
    if (total > maxBytes) throw tooLarge();
    pieces.push(piece);
  });
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
