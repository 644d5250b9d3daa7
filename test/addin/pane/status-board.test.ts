import { describe, expect, it } from 'vitest';
import { boardCounts, canReturn, percentText, type BoardCell } from '../../../addin/src/pane/status-board.ts';

const cell = (unitCode: string, state: BoardCell['state'], submissionId: string | null = null): BoardCell => ({ unitCode, templateId: 'pledge-ledger', state, submissionId });

describe('boardCounts', () => {
  it('counts each state and leaves parents without a ledger of their own out of 应报', () => {
    const cells = [cell('A', 'on-time', 's1'), cell('B', 'late', 's2'), cell('C', 'missing'), cell('D', 'returned', 's3'), cell('E', 'rejected'), cell('ROOT', 'not-expected')];
    expect(boardCounts(cells)).toEqual({ expected: 5, onTime: 1, late: 1, missing: 1, returned: 1, rejected: 1, progress: 0.4 });
  });

  it('is 0% when nothing is expected', () => {
    expect(boardCounts([]).progress).toBe(0);
    expect(percentText(2 / 3)).toBe('66.7%');
  });

  it('offers 退回 only on a counted submission', () => {
    expect([canReturn(cell('A', 'on-time', 's1')), canReturn(cell('A', 'late', 's1')), canReturn(cell('A', 'returned', 's1')), canReturn(cell('A', 'missing')), canReturn(cell('A', 'rejected'))]).toEqual([true, true, false, false, false]);
  });
});
