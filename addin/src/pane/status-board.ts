import type { StatusCounts } from '../../../templates/summary/schema-core.ts';
import { countSlots, SLOT_STATE_LABEL, type SlotState } from '../../../templates/summary/slot-state.ts';

/** not_expected: a parent unit with no ledger of its own (its sub-units report). */
export type CellState = SlotState;

export interface BoardCell {
  unitCode: string;
  templateId: string;
  state: CellState;
  /** Counts towards 应报 (units without sub-units only; a parent's own ledger is shown, not counted). */
  expected: boolean;
  submissionId: string | null;
}

/** The summary's 报送情况 counts (按时 + 逾期 + 待审核 + 未报送 + 已退回 + 已拒收 = 应报), and (按时 + 逾期) ÷ 应报, 0 when nothing is expected. */
export type BoardCounts = StatusCounts & { progress: number };

/** The board's tiles, counted by the same function as the summary's 报送情况. */
export function boardCounts(cells: readonly BoardCell[]): BoardCounts {
  const counts = countSlots(cells);
  return { ...counts, progress: counts.expected === 0 ? 0 : (counts.onTime + counts.late) / counts.expected };
}

export const STATE_TEXT: Record<CellState, string> = SLOT_STATE_LABEL;

/** Only the slot's current version, counted or waiting for review, can be returned (the worker refuses the rest with 409). */
export const canReturn = (c: BoardCell): boolean => (c.state === 'on_time' || c.state === 'late' || c.state === 'pending_review') && c.submissionId !== null;

/** 审核通过 is for a version waiting for review (逐级审核); anything else the worker refuses with 409. */
export const canApprove = (c: BoardCell): boolean => c.state === 'pending_review' && c.submissionId !== null;

export const percentText = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;
