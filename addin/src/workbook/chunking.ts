/**
 * How a large used range is cut into requests. Excel on the web refuses a
 * request or response over 5 MB; values + number formats of 50,000 cells stay
 * near 1–2 MB for ordinary ledgers, and the reader shrinks later chunks when
 * a chunk came back heavier than the byte target (long Chinese text).
 */
export const CHUNK_CELLS = 50_000;
export const CHUNK_BYTES_TARGET = 2_000_000;

/** Rows per request for a range this wide (at least one row). */
export const rowsPerChunk = (columnCount: number, cells = CHUNK_CELLS): number =>
  Math.max(1, Math.floor(cells / Math.max(1, columnCount)));

/** [startRow, rowCount] pairs (0-based, relative to the range) covering rowCount rows. */
export function planChunks(rowCount: number, columnCount: number, cells = CHUNK_CELLS): [number, number][] {
  const step = rowsPerChunk(columnCount, cells);
  const out: [number, number][] = [];
  for (let start = 0; start < rowCount; start += step) out.push([start, Math.min(step, rowCount - start)]);
  return out;
}

/** The UTF-8 JSON size of a matrix, near enough (escapes ignored, numbers as 12 bytes). */
export function estimateJsonBytes(matrix: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of matrix) {
    bytes += 3;
    for (const v of row) bytes += typeof v === 'string' ? utf8Length(v) + 3 : 12;
  }
  return bytes;
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Surrogate pairs: 2 units → 4 bytes, so +1 each; CJK and other BMP text: 3 bytes.
    if (c >= 0x80) n += c >= 0xd800 && c <= 0xdfff ? 1 : c >= 0x800 ? 2 : 1;
  }
  return n;
}

/** The next chunk's row count after one of `rows` rows weighed `bytes`: never grows, shrinks to fit the target. */
export function nextChunkRows(rows: number, bytes: number, target = CHUNK_BYTES_TARGET): number {
  if (bytes <= target) return rows;
  return Math.max(1, Math.floor((rows * target) / bytes));
}
