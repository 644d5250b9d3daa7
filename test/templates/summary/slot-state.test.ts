import { describe, expect, it } from 'vitest';
import { countSlots, countsInSummary, shownVersion, SLOT_STATE_LABEL, slotState } from '../../../templates/summary/slot-state.ts';
import type { SubmissionStatus } from '../../../templates/summary/types.ts';

const v = (version: number, status: SubmissionStatus) => ({ version, status });

describe('slot state — one function for board, unit home, 催报 and summary', () => {
  it('judges the shown version, or the absence of one', () => {
    expect([
      slotState(null, true), slotState(null, false),
      slotState({ status: 'accepted', late: false }, true), slotState({ status: 'accepted_with_warnings', late: true }, true),
      slotState({ status: 'returned', late: true }, true), slotState({ status: 'rejected', late: false }, false),
    ]).toEqual(['missing', 'not_expected', 'on_time', 'late', 'returned', 'rejected']);
  });

  it('keeps a version waiting for review as 待审核, late or not, and shows it once approved', () => {
    expect([
      slotState({ status: 'accepted', late: true, review: 'pending' }, true), slotState({ status: 'accepted_with_warnings', late: false, review: 'pending' }, false),
      slotState({ status: 'accepted', late: true, review: 'approved' }, true), slotState({ status: 'returned', late: false, review: 'pending' }, true),
    ]).toEqual(['pending_review', 'pending_review', 'late', 'returned']);
    expect(SLOT_STATE_LABEL.pending_review).toBe('待审核');
    expect([
      countsInSummary({ status: 'accepted', late: false, review: 'pending' }), countsInSummary({ status: 'accepted', late: false, review: 'approved' }),
      countsInSummary({ status: 'accepted_with_warnings', late: true }), countsInSummary({ status: 'returned', late: false, review: 'approved' }),
    ]).toEqual([false, true, true, false]);
  });

  it('shows the latest version not rejected, else the latest attempt, whatever order they come in', () => {
    expect(shownVersion([v(3, 'rejected'), v(1, 'accepted'), v(2, 'returned')])).toEqual({ shown: v(2, 'returned'), current: v(2, 'returned'), latest: v(3, 'rejected') });
    expect(shownVersion([v(1, 'rejected'), v(2, 'rejected')])).toEqual({ shown: v(2, 'rejected'), current: null, latest: v(2, 'rejected') });
    expect(shownVersion([])).toEqual({ shown: null, current: null, latest: null });
  });

  it('counts expected slots only, and the parts add up to 应报 (按时 + 逾期 + 待审核 + 未报送 + 已退回 + 已拒收)', () => {
    const counts = countSlots([
      { state: 'on_time', expected: true }, { state: 'late', expected: true }, { state: 'missing', expected: true },
      { state: 'returned', expected: true }, { state: 'rejected', expected: true }, { state: 'pending_review', expected: true },
      { state: 'on_time', expected: false }, { state: 'pending_review', expected: false }, { state: 'not_expected', expected: false },
    ]);
    expect(counts).toEqual({ expected: 6, onTime: 1, late: 1, missing: 1, returned: 1, rejected: 1, pendingReview: 1 });
  });
});
