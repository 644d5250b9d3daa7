import type { BoardCell } from './status-board.ts';
import { canApprove, canReturn } from './status-board.ts';

/** What of GET /api/me decides the pane's screens. */
export interface Viewer {
  kind: 'admin' | 'unit';
  unit: { code: string; name: string } | null;
  /** Set for a unit with sub-units: it reviews its subtree (逐级审核). */
  reviewer: { root: { code: string; name: string }; units: number } | null;
}

export type PaneTab = 'check' | 'mine' | 'status' | 'summary' | 'setup' | 'settings';

/**
 * The tabs a token gets: the office everything; a unit its own two; a unit
 * with sub-units its own two (it still sends its 本级 ledgers upward) and the
 * office's board and summary, cut at its subtree by the worker — never 机构设置.
 */
export function paneTabs(v: Viewer): PaneTab[] {
  if (v.kind === 'admin') return ['status', 'summary', 'setup', 'settings'];
  return v.reviewer ? ['check', 'mine', 'status', 'summary', 'settings'] : ['check', 'mine', 'settings'];
}

/** 「综合业务党总支（审核范围：3 个单位）」: which subtree a reviewer's office screens show; null for the office and a plain unit. */
export const scopeTitle = (v: Viewer): string | null =>
  v.kind === 'unit' && v.reviewer ? `${v.reviewer.root.name}（审核范围：${v.reviewer.units} 个单位）` : null;

export interface SlotActions {
  approve: boolean;
  ret: boolean;
  /** Why neither is offered, when that is the viewer's own unit's slot. */
  note: string | null;
}

/**
 * What the slot view offers: 审核通过 on a version waiting for review, 退回 on
 * one counted or waiting. A unit never judges its own ledger (the worker
 * answers 403 review/own-unit): its 本级 slot goes to the level above.
 */
export function slotActions(cell: BoardCell, v: Viewer): SlotActions {
  if (v.kind === 'unit' && v.unit?.code === cell.unitCode) return { approve: false, ret: false, note: '本级台账由上级审核，这里不能审核通过或退回。' };
  return { approve: canApprove(cell), ret: canReturn(cell), note: null };
}
