import type { Params, TemplateDefinition } from '../model/definition.ts';
import type { PeriodRange } from '../model/period.ts';
import type { NormalisedRow } from '../read/validate-grid.ts';
import type { Summary } from './schema.ts';
import type { SubmissionTally } from './tally.ts';

/** A unit of the organisation tree with its own (本级) denominators. */
export interface SummaryUnit {
  code: string;
  name: string;
  parent: string | null;
  /** 党员总数 */
  members: number;
  /** 内设团队数 */
  teams: number;
  /** 党支部数 */
  branches: number;
}

export type SubmissionStatus = 'accepted' | 'accepted_with_warnings' | 'rejected' | 'returned';

/**
 * 逐级审核 of an accepted version: null when its ledger needs no review (it
 * counts as sent), 'pending' until a level above approves it, then 'approved'.
 */
export type ReviewState = 'pending' | 'approved';

export interface SummarySubmission {
  unitCode: string;
  templateId: string;
  version: number;
  /** ISO date or date-time. */
  submittedAt: string;
  status: SubmissionStatus;
  late: boolean;
  errors: number;
  warnings: number;
  /** The original file name, when there was a file. */
  source?: string;
  /** Declared in 基本信息: nothing to report this period (no rows, and that is the answer). */
  nilReturn?: boolean;
  /** Absent or null: no review needed (the command line never has one). */
  review?: ReviewState | null;
}

export interface SummaryOptions {
  period: PeriodRange;
  units: SummaryUnit[];
  /** The expected ledgers, in the order 报送情况 lists them. */
  templates: readonly TemplateDefinition[];
  /**
   * The definitions whose summaries make up the sections (default the standard
   * catalog): every one is always there, with zeros when nothing was counted,
   * so a summary's shape does not depend on which ledgers a period asks for.
   */
  catalog?: readonly TemplateDefinition[];
  /**
   * The day the summary is built ('YYYY-MM-DD'), printed as 生成日期 and nothing
   * else: every figure comes from the submissions alone (overdue items were
   * judged on each ledger's own report date when it was read), so the same
   * submissions give the same figures whatever day this is.
   */
  generatedOn: string;
  /** Per template id, overrides of the definition's defaults (e.g. demonstration quotas). */
  params?: Record<string, Params>;
  /** Longest list kept for 逾期承诺清单, 重点关注对象, … (default 5,000). */
  listCap?: number;
}

export interface SummaryBuilder {
  /**
   * One unit's latest counted submission of one template with its valid
   * normalised rows, fed unit by unit; the rows are tallied and dropped.
   * Returned and rejected submissions come with no rows and only show in 报送情况.
   * Throws when the same unit and template are added twice.
   */
  add(submission: SummarySubmission, rows: Iterable<NormalisedRow>): void;
  /** The same with the submission's tally computed earlier (when it was stored); null for one that does not count. */
  addTally(submission: SummarySubmission, tally: SubmissionTally | null): void;
  finish(): Summary;
}

/** One valid row of one unit, for the 明细 sheets. */
export interface DetailRow {
  unitCode: string;
  unitName: string;
  templateId: string;
  row: NormalisedRow;
}

export const DEFAULT_LIST_CAP = 5000;
