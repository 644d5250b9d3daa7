import { templateById } from '../../templates/catalog/index.ts';
import { periodRange } from '../../templates/model/period.ts';
import type { PeriodRecord } from '../db/periods.ts';
import type { ReviewerRef, ReviewState } from '../db/submissions.ts';
import { calendarDaysBetween } from '../../templates/model/china-time.ts';
import type { StatusCell } from './status-matrix.ts';

/** One ledger a unit is asked for, as its home screen shows it. */
export interface OwedLedger {
  periodCode: string;
  periodLabel: string;
  templateId: string;
  ledger: string;
  due: string;
  state: StatusCell['state'];
  label: string;
  /** Days until the due date (0 on the day), negative once it has passed: 还剩 N 天 / 已逾期 N 天. */
  daysLeft: number;
  version: number | null;
  returnComment: string | null;
  /** Who returned it: the unit's 党总支 (or another level above), null for the 机关党委. */
  returnedBy: ReviewerRef;
  /** 逐级审核 of the version sent: 待审核 (pending) or 审核通过 (approved); null when the ledger needs no review. */
  review: ReviewState | null;
  /** A newer upload rejected for errors (or the only one): its version and error count. */
  rejected: { version: number; errors: number } | null;
  nilReturn: boolean;
}

/**
 * What a unit owes in one period, from the same board cells the office sees
 * (one state for both sides); the office's 无需报送 slots (a parent's own
 * ledger it need not send) are left out. `periods` are that period's slots.
 */
export function owedLedgers(cells: readonly StatusCell[], periods: readonly PeriodRecord[], today: string): OwedLedger[] {
  const dueOf = new Map(periods.map((p) => [p.templateId, p]));
  return cells.flatMap((c): OwedLedger[] => {
    const slot = dueOf.get(c.templateId);
    if (!slot || c.state === 'not_expected') return [];
    return [{
      periodCode: slot.code, periodLabel: periodRange(slot.code)?.label ?? slot.code, templateId: c.templateId, ledger: templateById(c.templateId)?.name ?? c.templateId,
      due: slot.due, state: c.state, label: c.label, daysLeft: calendarDaysBetween(today, slot.due), version: c.version, returnComment: c.returnComment, returnedBy: c.returnedBy, review: c.review,
      rejected: c.rejectedAfter ? { version: c.rejectedAfter.version, errors: c.rejectedAfter.errors } : null, nilReturn: c.nilReturn,
    }];
  });
}
