import { describe, expect, it } from 'vitest';
import { boardCounts, canApprove, canReturn, percentText, type BoardCell } from '../../../addin/src/pane/status-board.ts';

const cell = (unitCode: string, state: BoardCell['state'], submissionId: string | null = null, expected = state !== 'not_expected'): BoardCell => ({ unitCode, templateId: 'pledge-ledger', state, expected, submissionId });

describe('boardCounts', () => {
  it('counts each state and leaves parents without a ledger of their own out of 应报', () => {
    const cells = [cell('A', 'on_time', 's1'), cell('B', 'late', 's2'), cell('C', 'missing'), cell('D', 'returned', 's3'), cell('E', 'rejected'), cell('ROOT', 'not_expected')];
    expect(boardCounts(cells)).toEqual({ expected: 5, onTime: 1, late: 1, missing: 1, returned: 1, rejected: 1, pendingReview: 0, progress: 0.4 });
  });

  it('shows a parent\'s own ledger but does not count it, as the workbook\'s 报送情况 does', () => {
    const cells = [cell('A', 'on_time', 's1'), cell('B', 'missing'), cell('ROOT', 'on_time', 's9', false)];
    expect(boardCounts(cells)).toEqual({ expected: 2, onTime: 1, late: 0, missing: 1, returned: 0, rejected: 0, pendingReview: 0, progress: 0.5 });
  });

  it('is 0% when nothing is expected', () => {
    expect(boardCounts([]).progress).toBe(0);
    expect(percentText(2 / 3)).toBe('66.7%');
  });

  it('offers 退回 only on a counted submission or one waiting for review', () => {
    expect([canReturn(cell('A', 'on_time', 's1')), canReturn(cell('A', 'late', 's1')), canReturn(cell('A', 'pending_review', 's1')), canReturn(cell('A', 'returned', 's1')), canReturn(cell('A', 'missing')), canReturn(cell('A', 'rejected'))])
      .toEqual([true, true, true, false, false, false]);
  });

  it('offers 审核通过 only on a submission waiting for review', () => {
    expect([canApprove(cell('A', 'pending_review', 's1')), canApprove(cell('A', 'on_time', 's1')), canApprove(cell('A', 'late', 's1')), canApprove(cell('A', 'returned', 's1')), canApprove(cell('A', 'missing'))])
      .toEqual([true, false, false, false, false]);
  });
});
