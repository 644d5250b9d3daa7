import type { PeriodRecord } from '../db/periods.ts';
import type { ReviewerRef, ReviewState, SubmissionRecord } from '../db/submissions.ts';
import type { UnitRecord } from '../db/units.ts';
import { isLate } from '../../templates/model/china-time.ts';
import { submissionStateSchema } from '../../templates/summary/schema-core.ts';
import { shownVersion, SLOT_STATE_LABEL, slotState, type SlotState } from '../../templates/summary/index.ts';

export { SLOT_STATE_LABEL, type SlotState };
export const SLOT_STATES = submissionStateSchema.options;

export interface StatusCell {
  unitCode: string;
  templateId: string;
  state: SlotState;
  label: string;
  /**
   * Whether the slot counts towards 应报: only units without sub-units are
   * expected, as in the summary's 报送情况 — a parent's own ledger is shown
   * but never counted, so the board and the workbook give the same numbers.
   */
  expected: boolean;
  /** The version that counts (or was returned); null when 未报送. */
  submissionId: string | null;
  version: number | null;
  submittedAt: string | null;
  errors: number | null;
  warnings: number | null;
  returnComment: string | null;
  /** Who returned it (a reviewing unit), null for the 机关党委 and when it was not returned. */
  returnedBy: ReviewerRef;
  /** 逐级审核 of the current version: null when its ledger needs no review. */
  review: ReviewState | null;
  /** The counted version declares nothing to report this period (本期无). */
  nilReturn: boolean;
  /** A newer upload that was rejected for errors, so the office sees the unit is trying. */
  rejectedAfter: { id: string; version: number; errors: number } | null;
}

/**
 * unit × template for one period. The slot's current version is its latest
 * non-rejected one (the rule of the counted_submissions view); a returned one
 * stays 已退回 until the unit sends a new version, one waiting for review is
 * 待审核 until a level above approves it. As in the summary's 报送情况,
 * only units without sub-units are expected to report: a parent that sent
 * nothing is 无需报送, not 未报送. Lateness is judged against the period's
 * due date as it is now, so an extended deadline clears earlier 逾期.
 */
export function statusMatrix(units: readonly UnitRecord[], periods: readonly PeriodRecord[], subs: readonly SubmissionRecord[]): StatusCell[] {
  const bySlot = new Map<string, SubmissionRecord[]>();
  for (const s of subs) {
    const key = `${s.unitCode}\u0000${s.templateId}`;
    const list = bySlot.get(key) ?? [];
    list.push(s);
    bySlot.set(key, list);
  }
  const parents = new Set(units.map((u) => u.parentCode).filter((p): p is string => p !== null));
  const cells: StatusCell[] = [];
  for (const unit of units)
    for (const period of periods) {
      const { shown, current, latest } = shownVersion(bySlot.get(`${unit.code}\u0000${period.templateId}`) ?? []);
      const expected = !parents.has(unit.code);
      const state = slotState(shown && { status: shown.status, late: isLate(new Date(shown.submittedAt), period.due), review: shown.review }, expected);
      cells.push({
        unitCode: unit.code,
        templateId: period.templateId,
        state,
        label: SLOT_STATE_LABEL[state],
        expected,
        submissionId: current?.id ?? null,
        version: current?.version ?? null,
        submittedAt: current?.submittedAt ?? null,
        errors: current?.errors ?? null,
        warnings: current?.warnings ?? null,
        returnComment: current?.returnComment ?? null,
        returnedBy: current?.returnedBy ?? null,
        review: current?.review ?? null,
        nilReturn: current?.nilReturn ?? false,
        rejectedAfter: latest && latest !== current && latest.status === 'rejected' ? { id: latest.id, version: latest.version, errors: latest.errors } : null,
      });
    }
  return cells;
}
