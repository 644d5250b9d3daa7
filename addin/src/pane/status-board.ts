/** not-expected: a parent unit with no ledger of its own (its sub-units report). */
export type CellState = 'on-time' | 'late' | 'missing' | 'returned' | 'rejected' | 'not-expected';

export interface BoardCell {
  unitCode: string;
  templateId: string;
  state: CellState;
  /** Counts towards 应报 (units without sub-units only; a parent's own ledger is shown, not counted). */
  expected: boolean;
  submissionId: string | null;
}

export interface BoardCounts {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  /** Only rejected uploads so far (已拒收): the unit tried, nothing counts yet. */
  rejected: number;
  /** (按时 + 逾期) ÷ 应报; 0 when nothing is expected. */
  progress: number;
}

export function boardCounts(cells: readonly BoardCell[]): BoardCounts {
  const counted = cells.filter((c) => c.expected);
  const n = (s: CellState) => counted.filter((c) => c.state === s).length;
  const counts = { expected: counted.length, onTime: n('on-time'), late: n('late'), missing: n('missing'), returned: n('returned'), rejected: n('rejected') };
  return { ...counts, progress: counts.expected === 0 ? 0 : (counts.onTime + counts.late) / counts.expected };
}

export const STATE_TEXT: Record<CellState, string> = { 'on-time': '按时报送', late: '逾期报送', missing: '未报送', returned: '已退回', rejected: '已拒收', 'not-expected': '无需报送' };

/** Only a counted submission can be returned (the worker refuses the rest with 409). */
export const canReturn = (c: BoardCell): boolean => (c.state === 'on-time' || c.state === 'late') && c.submissionId !== null;

export const percentText = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;
