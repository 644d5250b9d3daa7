import { z } from 'zod';

/**
 * The single problem model shared by the reader, validator, worker and add-in.
 * Issues are data; Chinese prose is rendered from them in `messages/`.
 */
export const issueCodes = [
  // The file itself (refused before any row is read).
  'file/empty',
  'file/not-spreadsheet',
  'file/legacy-xls',
  'file/encrypted',
  'file/no-workbook',
  'file/corrupt',
  'file/too-large',
  'file/too-many-rows',
  'file/too-many-cells',
  'file/too-many-merges',
  'file/cell-too-long',
  'file/doctype',
  'file/internal-error',
  // Which template this is.
  'template/unknown',
  'template/mismatch',
  'template/version',
  // The header row.
  'header/missing',
  'header/duplicate',
  'header/extra',
  // 基本信息 block.
  'info/missing',
  'info/invalid',
  'info/unit-mismatch',
  'info/period-mismatch',
  'info/future-date',
  'info/nil-ignored',
  // One cell.
  'cell/required',
  'cell/integer',
  'cell/number',
  'cell/date',
  'cell/enum',
  'cell/percent',
  'cell/min',
  'cell/max',
  'cell/too-long',
  'cell/formula-error',
  // Across the cells of one row.
  'row/required-when',
  'row/forbidden-when',
  'row/date-order',
  'row/sum-mismatch',
  'row/not-greater',
  'row/rate-mismatch',
  'row/not-measurable',
  'row/grade-mismatch',
  'row/total-mismatch',
  'row/date-outside-period',
  'row/date-after-report',
  // Across the rows of one sheet (coverage and duplicates).
  'sheet/no-rows',
  'sheet/duplicate-row',
  'sheet/coverage',
  'sheet/unknown-branch',
  'sheet/too-few',
] as const;

export const issueCodeSchema = z.enum(issueCodes);
export type IssueCode = z.infer<typeof issueCodeSchema>;

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const issueSchema = z.object({
  severity: severitySchema,
  code: issueCodeSchema,
  file: z.string().optional(),
  sheet: z.string().optional(),
  /** A1 address of the offending cell. */
  cell: z.string().optional(),
  /** 1-based sheet row. */
  row: z.number().int().optional(),
  column: z.object({ key: z.string(), header: z.string() }).optional(),
  /** The value as the user typed it. */
  value: scalar.optional(),
  /** What would have been accepted: an example, a list of enum values, a limit. */
  expected: z.union([scalar, z.array(z.string())]).optional(),
  /** Extra facts a message needs (the other column, a detected template, a count). */
  params: z.record(z.string(), scalar).optional(),
  /**
   * The Chinese text a person reads (messages/zh.ts), added at the edges (JSON
   * from the CLI and the API, see messages/with-messages.ts) so other clients
   * need no copy of the message table; stored reports carry data only.
   */
  message: z.string().optional(),
});
export type Issue = z.infer<typeof issueSchema>;

export const skipReasonSchema = z.enum(['blank', 'total', 'signature', 'note', 'header-repeat']);
export type SkipReason = z.infer<typeof skipReasonSchema>;

export const reportSchema = z.object({
  valid: z.boolean(),
  template: z
    .object({ id: z.string(), name: z.string(), version: z.number().int(), detectedBy: z.enum(['identity', 'headers', 'expected']) })
    .nullable(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  /** 1-based row of the header (the last header row when headers span two rows). */
  headerRow: z.number().int().optional(),
  stats: z.object({
    rowsRead: z.number().int(),
    rowsValid: z.number().int(),
    rowsWithErrors: z.number().int(),
    rowsSkipped: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  /** Skipped rows, listed up to the issue cap; stats.rowsSkipped counts them all. */
  skipped: z.array(z.object({ row: z.number().int(), reason: skipReasonSchema })),
  issues: z.array(issueSchema),
  /** How many issues were cut by the cap (counted in stats all the same). */
  truncated: z.number().int(),
  /** A ledger without rows accepted because 基本信息 declares a nil return (本期无此事项). */
  nilReturn: z.literal(true).optional(),
});
export type Report = z.infer<typeof reportSchema>;

export const DEFAULT_ISSUE_CAP = 1000;
