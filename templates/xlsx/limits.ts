import type { IssueCode } from '../model/issue.ts';

/** Caps that keep one hostile upload from costing more than a bounded amount of memory and time. */
export interface ReadLimits {
  maxFileBytes: number;
  /** Sum over every part the reader inflates, counted on real output, not on declared sizes. */
  maxUncompressedBytes: number;
  /** Per sheet: the highest row holding a value. */
  maxRows: number;
  /** Whole workbook: cells held in the grid, counting the blanks a ragged row needs before its last value. */
  maxCells: number;
  /** Whole workbook: merged ranges (`<mergeCell>`); only those in the header area are ever expanded. */
  maxMerges: number;
  /**
   * Whole workbook: estimated heap bytes of the grid — its cells, numbers,
   * strings (shared and inline) and merges — counted as it is built. This is
   * the cap that keeps a reader inside a Worker's 128 MB: a million distinct
   * short strings pass every count above and cost ~100 MB.
   */
  maxGridBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 20 * MiB,
  maxUncompressedBytes: 100 * MiB,
  maxRows: 100_000,
  maxCells: 3_000_000,
  maxMerges: 100_000,
  maxGridBytes: 64 * MiB,
});

export const resolveLimits = (partial: Partial<ReadLimits> | undefined): ReadLimits => ({ ...DEFAULT_READ_LIMITS, ...partial });

/**
 * Compressed bytes pushed into the inflater at a time: at most
 * INFLATE_CHUNK_BYTES, fewer when the data expands a lot (see zip.ts), so
 * that one push yields about TARGET_PIECE_BYTES. Deflate expands at most
 * ~1032:1, so the first push (FIRST_INFLATE_CHUNK_BYTES) yields at most ~1 MB
 * even for a bomb. Every piece and the inflater's buffers for it are garbage
 * as soon as it is scanned: pieces this small die young, which kept a lying
 * bomb's peak RSS from growing with the uncompressed cap.
 */
export const INFLATE_CHUNK_BYTES = 8 * 1024;
export const FIRST_INFLATE_CHUNK_BYTES = 1024;
export const MIN_INFLATE_CHUNK_BYTES = 64;
export const TARGET_PIECE_BYTES = 64 * 1024;

/**
 * Longest single element (a cell, a shared string, a tag) the streaming
 * scanners keep while waiting for its end. A full 32,767-character cell with
 * an 8,192-character formula, every character written as an entity, is about
 * 250,000 characters of XML; an element four times that is not a cell any
 * writer produced, and is refused rather than held.
 */
export const MAX_ELEMENT_CHARS = 1024 * 1024;

/**
 * Parts read whole rather than streamed (workbook, relationships, styles,
 * core properties). The largest honest one is a styles.xml at Excel's 64,000
 * cell formats, a few MB; anything past this is refused before it is joined
 * into one buffer.
 */
export const MAX_WHOLE_PART_BYTES = 16 * MiB;

/** Excel's own sheet dimensions (XFD1048576). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * Thrown inside the reader and turned into the one refusal issue at the
 * boundary; it never escapes `readWorkbook`.
 */
export class ReadFailure extends Error {
  constructor(
    readonly code: IssueCode,
    readonly params: Record<string, string | number | boolean> = {},
    readonly sheet?: string,
    /** A1 address of the cell the refusal is about. */
    readonly cell?: string,
  ) {
    super(code);
    this.name = 'ReadFailure';
  }
}
