import type { StatusCounts, SubmissionState } from './schema-core.ts';
import type { SubmissionStatus } from './types.ts';

/**
 * The one answer to "where does this unit stand with this ledger?", used by
 * the office's board, the unit's home, 催报, the summary JSON and the
 * workbook's 报送情况, so no two screens can count differently.
 */
export type SlotState = SubmissionState;

export const SLOT_STATE_LABEL: Record<SlotState, string> = {
  on_time: '按时报送', late: '逾期报送', missing: '未报送', returned: '已退回', rejected: '已拒收', not_expected: '无需报送',
};

/** The version a slot shows, judged: how it was filed and whether it came after the due date. */
export interface ShownVersion {
  status: SubmissionStatus;
  late: boolean;
}

/**
 * A slot's state from the version it shows (see `shownVersion`) — null when
 * the unit sent nothing. Only units without sub-units are expected; a
 * parent's empty slot is 无需报送, not 未报送.
 */
export const slotState = (shown: ShownVersion | null, expected: boolean): SlotState =>
  !shown ? (expected ? 'missing' : 'not_expected')
    : shown.status === 'returned' ? 'returned'
      : shown.status === 'rejected' ? 'rejected'
        : shown.late ? 'late' : 'on_time';

/**
 * Which of a slot's versions it shows: the latest one not rejected (counted,
 * or returned until the unit sends again), else — when every upload was
 * rejected — the latest attempt, so the office sees the unit tried.
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

const COUNTER = { on_time: 'onTime', late: 'late', missing: 'missing', returned: 'returned', rejected: 'rejected' } as const;

/** 应报 and how it splits, over expected slots only: 按时 + 逾期 + 未报送 + 已退回 + 已拒收 = 应报. */
export function countSlots(slots: Iterable<{ state: SlotState; expected: boolean }>): StatusCounts {
  const c: StatusCounts = { expected: 0, onTime: 0, late: 0, missing: 0, returned: 0, rejected: 0 };
  for (const s of slots) {
    if (!s.expected) continue;
    c.expected++;
    if (s.state !== 'not_expected') c[COUNTER[s.state]]++;
  }
  return c;
}
