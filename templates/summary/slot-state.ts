import type { StatusCounts, SubmissionState } from './schema-core.ts';
import type { ReviewState, SubmissionStatus } from './types.ts';

/**
 * The one answer to "where does this unit stand with this ledger?", used by
 * the office's board, the unit's home, 催报, the summary JSON and the
 * workbook's 报送情况, so no two screens can count differently.
 */
export type SlotState = SubmissionState;

export const SLOT_STATE_LABEL: Record<SlotState, string> = {
  on_time: '按时报送', late: '逾期报送', pending_review: '待审核', missing: '未报送', returned: '已退回', rejected: '已拒收', not_expected: '无需报送',
};

/** The version a slot shows, judged: how it was filed, whether it came after the due date, and its review. */
export interface ShownVersion {
  status: SubmissionStatus;
  late: boolean;
  review?: ReviewState | null;
}

/**
 * A slot's state from the version it shows (see `shownVersion`) — null when
 * the unit sent nothing. Only units without sub-units are expected; a
 * parent's empty slot is 无需报送, not 未报送. A version waiting for review is
 * 待审核 whatever its time: lateness is still judged on when it was sent, and
 * shows once it is approved.
 */
export const slotState = (shown: ShownVersion | null, expected: boolean): SlotState =>
  !shown ? (expected ? 'missing' : 'not_expected')
    : shown.status === 'returned' ? 'returned'
      : shown.status === 'rejected' ? 'rejected'
        : shown.review === 'pending' ? 'pending_review'
          : shown.late ? 'late' : 'on_time';

/**
 * Whether a slot's current version counts in the summary: accepted, and
 * approved when its ledger is reviewed. The SQL side of this rule is the
 * counted_submissions view (migrations/0007_review.sql).
 */
export const countsInSummary = (v: ShownVersion): boolean =>
  (v.status === 'accepted' || v.status === 'accepted_with_warnings') && v.review !== 'pending';

/**
 * Which of a slot's versions it shows: the latest one not rejected (counted,
 * waiting for review, or returned until the unit sends again), else — when
 * every upload was rejected — the latest attempt, so the office sees the unit
 * tried. The newest version is what the unit means: while it waits for review
 * an earlier approved version does not count either.
 */
export function shownVersion<T extends { version: number; status: SubmissionStatus }>(versions: readonly T[]): { shown: T | null; current: T | null; latest: T | null } {
  let current: T | null = null;
  let latest: T | null = null;
  for (const v of versions) {
    if (!latest || v.version > latest.version) latest = v;
    if (v.status !== 'rejected' && (!current || v.version > current.version)) current = v;
  }
  return { shown: current ?? latest, current, latest };
}

export const EMPTY_COUNTS: Readonly<StatusCounts> = { expected: 0, onTime: 0, late: 0, missing: 0, returned: 0, rejected: 0, pendingReview: 0 };

const COUNTER = { on_time: 'onTime', late: 'late', pending_review: 'pendingReview', missing: 'missing', returned: 'returned', rejected: 'rejected' } as const;

/** 应报 and how it splits, over expected slots only: 按时 + 逾期 + 待审核 + 未报送 + 已退回 + 已拒收 = 应报. */
export function countSlots(slots: Iterable<{ state: SlotState; expected: boolean }>): StatusCounts {
  const c: StatusCounts = { ...EMPTY_COUNTS };
  for (const s of slots) {
    if (!s.expected) continue;
    c.expected++;
    if (s.state !== 'not_expected') c[COUNTER[s.state]]++;
  }
  return c;
}
