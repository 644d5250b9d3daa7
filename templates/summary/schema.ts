import { z } from 'zod';

/**
 * The consolidated summary (汇总表) as data: what the worker returns as JSON and
 * what the xlsx writer and the add-in lay out. Every section has one entry per
 * `rows[i]` (same index) plus `total`. Breakdowns are keyed by the ledger's own
 * enum values (已完成, 集中点评, 先进 …), so they read as the forms do.
 */

const count = z.number().int().nonnegative();
/** A fraction (0.95 = 95%), null when its denominator is 0. */
const rate = z.number().nullable();
const breakdown = z.record(z.string(), count);

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

export const submissionStateSchema = z.enum(['on_time', 'late', 'missing', 'returned', 'rejected', 'not_expected']);

export const statusCellSchema = z.object({
  state: submissionStateSchema,
  submittedAt: z.string().nullable(),
  version: z.number().int().nullable(),
  errors: count.nullable(),
  warnings: count.nullable(),
  source: z.string().nullable(),
});

export const statusCountsSchema = z.object({
  expected: count, onTime: count, late: count, missing: count, returned: count, rejected: count,
});

export const statusRowSchema = z.object({
  /** Per template id; empty for subtotal rows. */
  cells: z.record(z.string(), statusCellSchema),
  /** Per template id, over the row's expected reporting units. */
  counts: z.record(z.string(), statusCountsSchema),
});

export const pledgeFiguresSchema = z.object({
  pledges: count,
  bySubject: breakdown,
  byCategory: breakdown,
  byStatus: breakdown,
  overdue: count,
  completionRate: rate,
  /** Distinct 党员 pledgers (by name) over the row's units. */
  memberPledgers: count,
  memberCoverage: rate,
});

export const evaluationFiguresSchema = z.object({
  objects: count,
  byType: breakdown,
  eligible: count,
  participants: count,
  satisfied: count,
  basicallySatisfied: count,
  dissatisfied: count,
  abstained: count,
  /** (满意 + 基本满意) ÷ 实参评人数. */
  satisfactionRate: rate,
  /** 满意 ÷ 实参评人数. */
  satisfiedRate: rate,
  flagged: count,
  /** 1 = highest 满意率 among reporting rows with participants; ties share a rank; null for subtotals. */
  rank: z.number().int().positive().nullable(),
});

export const reviewFiguresSchema = z.object({
  leaderReviews: count,
  leaderByMethod: breakdown,
  branchesReviewed: count,
  branchCoverage: rate,
  secretaryReviews: count,
  secretaryByMethod: breakdown,
  secretaryByGrade: breakdown,
  membersReviewed: count,
  memberCoverage: rate,
});

const quotaSchema = z.object({ named: count, required: count, met: z.boolean() });

export const demonstrationFiguresSchema = z.object({
  /** 示范类型 → 命名状态 → count, plus a `合计` status per kind. */
  byKind: z.record(z.string(), breakdown),
  /** 示范岗 (已命名) against ceil(postQuota × 党员总数). */
  posts: quotaSchema,
  /** 示范团队 (已命名) against ceil(teamQuota × 内设团队数). */
  teams: quotaSchema,
});

export const rectificationFiguresSchema = z.object({
  items: count,
  byOrigin: breakdown,
  byStatus: breakdown,
  byVerification: breakdown,
  overdue: count,
  rectifiedRate: rate,
});

export const gradingFiguresSchema = z.object({
  graded: count,
  byGrade: breakdown,
  scoreSum: z.number(),
  averageScore: z.number().nullable(),
  /** Rows whose 自评等次 differs from the grade their score implies. */
  gradeMismatch: count,
});

export const ideaFiguresSchema = z.object({
  ideas: count,
  byAdoption: breakdown,
  adoptionRate: rate,
  proposers: count,
  coverage: rate,
});

const section = <T extends z.ZodType>(figures: T) => z.object({ rows: z.array(figures), total: figures });

/** A list capped at `listCap` items: `total` counts them all, `cut` how many were left out. */
const capped = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: count, cut: count });

const listUnit = { unitCode: z.string(), unitName: z.string(), row: z.number().int() };

export const overduePledgeSchema = z.object({
  ...listUnit, pledger: z.string(), subjectType: z.string(), branch: z.string(), pledge: z.string(), deadline: z.string(), status: z.string(),
});

export const flaggedObjectSchema = z.object({
  ...listUnit, target: z.string(), targetType: z.string(), branch: z.string(),
  participants: count, dissatisfied: count, dissatisfiedShare: rate, satisfactionRate: rate,
});

export const overdueRectificationSchema = z.object({
  ...listUnit, origin: z.string(), problem: z.string(), responsibleUnit: z.string(), responsiblePerson: z.string(), deadline: z.string(), status: z.string(),
});

export const summarySchema = z.object({
  period: z.object({ code: z.string(), label: z.string(), start: z.string(), end: z.string() }),
  /** When it was built; no figure depends on it. */
  generatedOn: z.string(),
  templates: z.array(z.object({ id: z.string(), name: z.string() })),
  rows: z.array(rowHeadSchema),
  /** Denominators over every unit. */
  totals: z.object({ units: count, reportingUnits: count, members: count, teams: count, branches: count }),
  status: section(statusRowSchema),
  pledges: section(pledgeFiguresSchema),
  overduePledges: capped(overduePledgeSchema),
  evaluation: section(evaluationFiguresSchema),
  flaggedObjects: capped(flaggedObjectSchema),
  reviews: section(reviewFiguresSchema),
  demonstration: section(demonstrationFiguresSchema).extend({
    quotas: z.record(z.string(), z.number()),
    /** 示范单位 (已命名) across units against ceil(unitQuota × reporting units). */
    units: quotaSchema,
    /** 示范行业 (已命名) in all, between sectorMin and sectorMax. */
    sectors: z.object({ named: count, min: z.number(), max: z.number(), met: z.boolean() }),
  }),
  rectification: section(rectificationFiguresSchema),
  overdueRectifications: capped(overdueRectificationSchema),
  grading: section(gradingFiguresSchema),
  ideas: section(ideaFiguresSchema),
  /** Submissions the builder could not place, so nothing disappears unexplained. */
  notes: z.array(z.object({
    code: z.enum(['unit/unlisted', 'unit/unknown-parent', 'template/unexpected', 'submission/rows-ignored']),
    unitCode: z.string(),
    templateId: z.string().optional(),
  })),
});

export type Summary = z.infer<typeof summarySchema>;
export type RowHead = z.infer<typeof rowHeadSchema>;
export type SubmissionState = z.infer<typeof submissionStateSchema>;
export type StatusCell = z.infer<typeof statusCellSchema>;
export type StatusCounts = z.infer<typeof statusCountsSchema>;
export type PledgeFigures = z.infer<typeof pledgeFiguresSchema>;
export type EvaluationFigures = z.infer<typeof evaluationFiguresSchema>;
export type ReviewFigures = z.infer<typeof reviewFiguresSchema>;
export type DemonstrationFigures = z.infer<typeof demonstrationFiguresSchema>;
export type RectificationFigures = z.infer<typeof rectificationFiguresSchema>;
export type GradingFigures = z.infer<typeof gradingFiguresSchema>;
export type IdeaFigures = z.infer<typeof ideaFiguresSchema>;
export type OverduePledge = z.infer<typeof overduePledgeSchema>;
export type FlaggedObject = z.infer<typeof flaggedObjectSchema>;
export type OverdueRectification = z.infer<typeof overdueRectificationSchema>;
export type StatusRow = z.infer<typeof statusRowSchema>;
