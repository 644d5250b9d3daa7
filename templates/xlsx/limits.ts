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
}

const MiB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 20 * MiB,
  maxUncompressedBytes: 100 * MiB,
  maxRows: 100_000,
  maxCells: 3_000_000,
});

export const resolveLimits = (partial: Partial<ReadLimits> | undefined): ReadLimits => ({ ...DEFAULT_READ_LIMITS, ...partial });

/**
 * Compressed bytes pushed into the inflater at a time. Deflate expands at most
 * ~1032:1, so one push yields at most ~8.5 MB even for a bomb; larger chunks
 * would let a single push allocate past the cap before the count sees it.
 */
export const INFLATE_CHUNK_BYTES = 8 * 1024;

/**
 * Longest single element (a cell, a shared string, a tag) the streaming
 * scanners keep while waiting for its end. Excel caps a cell at 32,767
 * characters and a formula at 8,192; anything this long is not a real cell.
 */
export const MAX_ELEMENT_CHARS = 4 * MiB;

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
  ) {
    super(code);
    this.name = 'ReadFailure';
  }
}
