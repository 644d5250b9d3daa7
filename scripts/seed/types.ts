import type { PeriodRange } from '../../templates/model/period.ts';
import type { DemoUnit } from './org.ts';
import type { Random } from './random.ts';

/** A cell as the generators produce it: dates are 'YYYY-MM-DD', percents fractions; null is blank. */
export type SeedCell = string | number | null;
/** One data row, keyed by the template's column keys. */
export type SeedRow = Record<string, SeedCell>;

/**
 * What a generated ledger is meant to show:
 * good — clean (warnings only where the data itself is odd, e.g. an overdue pledge);
 * errors — one or two mistakes that make the service reject it;
 * vague — pledges without measurable targets (warnings), the kind the office returns;
 * grade-off — a 自评等次 that disagrees with the score (warning);
 * flagged — good, but one member's 不满意 votes pass the 重点关注 threshold.
 */
export type Variant = 'good' | 'errors' | 'vague' | 'grade-off' | 'flagged';

export interface RowContext {
  unit: DemoUnit;
  period: PeriodRange;
  /** 填报日期; pledges and rectifications are judged overdue against it. */
  fillDate: string;
  variant: Variant;
  random: Random;
}

export type RowGenerator = (ctx: RowContext) => SeedRow[];
