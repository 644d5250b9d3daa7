import { z } from 'zod';

/**
 * The part of the consolidated summary (汇总表) every organisation has whatever
 * its ledgers: the unit tree, 报送情况 and notes. Each ledger's figures and
 * lists come from its definition (schema.ts puts them together).
 */

export const count = z.number().int().nonnegative();
/** A fraction (0.95 = 95%), null when its denominator is 0. */
export const rate = z.number().nullable();
/** Counts keyed by the ledger's own enum values (已完成, 集中点评, 先进 …), so they read as the forms do. */
export const breakdown = z.record(z.string(), count);

export const rowKindSchema = z.enum([
  /** A reporting unit without sub-units. */
  'unit',
  /** A parent unit's own (本级) submissions, shown when it sent any. */
  'own',
  /** A parent unit and its whole subtree (小计). */
  'subtotal',
]);

export const rowHeadSchema = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  kind: rowKindSchema,
  /** 0 for top-level units; a subtotal's own row and its children sit one deeper. */
  depth: z.number().int().nonnegative(),
  parent: z.string().nullable(),
  /** Denominators of the row: the unit's own, or the sums over the subtree. */
  members: count,
  teams: count,
  branches: count,
});

/**
 * Where a slot stands. pending_review: the unit sent a version of a ledger the
 * office reviews level by level (逐级审核) and no level above has approved it
 * yet; nothing of the slot counts until one does.
 */
export const submissionStateSchema = z.enum(['on_time', 'late', 'pending_review', 'missing', 'returned', 'rejected', 'not_expected']);

export const statusCellSchema = z.object({
  state: submissionStateSchema,
  submittedAt: z.string().nullable(),
  version: z.number().int().nullable(),
  errors: count.nullable(),
  warnings: count.nullable(),
  source: z.string().nullable(),
  /** The unit declared it has nothing to report for this ledger this period (本期无). */
  nilReturn: z.boolean(),
});

/** 按时 + 逾期 + 待审核 + 未报送 + 已退回 + 已拒收 = 应报. */
export const statusCountsSchema = z.object({
  expected: count, onTime: count, late: count, missing: count, returned: count, rejected: count, pendingReview: count,
});

export const statusRowSchema = z.object({
  /** Per template id; empty for subtotal rows. */
  cells: z.record(z.string(), statusCellSchema),
  /** Per template id, over the row's expected reporting units. */
  counts: z.record(z.string(), statusCountsSchema),
});

export const section = <T extends z.ZodType>(figures: T) => z.object({ rows: z.array(figures), total: figures });

/**
 * A ledger's figures per line, and per line how many counted submissions it
 * sums: where none, nothing was reported and its judgements are null.
 */
export const ledgerSection = <T extends z.ZodType>(figures: T) => section(figures).extend({ counted: z.object({ rows: z.array(count), total: count }) });

/** A list capped at `listCap` items: `total` counts them all, `cut` how many were left out. */
export const capped = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: count, cut: count });

export const listUnitShape = { unitCode: z.string(), unitName: z.string(), row: z.number().int() };

export const noteSchema = z.object({
  code: z.enum(['unit/unlisted', 'unit/unknown-parent', 'template/unexpected', 'submission/rows-ignored']),
  unitCode: z.string(),
  templateId: z.string().optional(),
});

export const coreShape = {
  period: z.object({ code: z.string(), label: z.string(), start: z.string(), end: z.string() }),
  /** When it was built; no figure depends on it. */
  generatedOn: z.string(),
  /** The expected ledgers, in the order 报送情况 lists them. */
  templates: z.array(z.object({ id: z.string(), name: z.string() })),
  rows: z.array(rowHeadSchema),
  /** Denominators over every unit. */
  totals: z.object({ units: count, reportingUnits: count, members: count, teams: count, branches: count }),
  status: section(statusRowSchema),
  /** Submissions the builder could not place, so nothing disappears unexplained. */
  notes: z.array(noteSchema),
};

export type RowHead = z.infer<typeof rowHeadSchema>;
export type SubmissionState = z.infer<typeof submissionStateSchema>;
export type StatusCell = z.infer<typeof statusCellSchema>;
export type StatusCounts = z.infer<typeof statusCountsSchema>;
export type StatusRow = z.infer<typeof statusRowSchema>;
export type SummaryNote = z.infer<typeof noteSchema>;
export type SummaryCore = z.infer<z.ZodObject<typeof coreShape>>;
