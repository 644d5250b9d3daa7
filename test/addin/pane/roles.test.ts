import { describe, expect, it } from 'vitest';
import { paneTabs, scopeTitle, slotActions, type Viewer } from '../../../addin/src/pane/roles.ts';
import type { BoardCell } from '../../../addin/src/pane/status-board.ts';

const admin: Viewer = { kind: 'admin', unit: null, reviewer: null };
const branch: Viewer = { kind: 'unit', unit: { code: 'B1', name: '第一党支部' }, reviewer: null };
const z1: Viewer = { kind: 'unit', unit: { code: 'Z1', name: '综合业务党总支' }, reviewer: { root: { code: 'Z1', name: '综合业务党总支' }, units: 3 } };
const cell = (unitCode: string, state: BoardCell['state'], submissionId: string | null = 's1'): BoardCell => ({ unitCode, templateId: 'pledge-ledger', state, expected: true, submissionId });

describe('what each token sees', () => {
  it('gives the office everything, a unit its own tabs, a reviewer its own plus the scoped board and summary (never 机构设置)', () => {
    expect(paneTabs(admin)).toEqual(['status', 'summary', 'setup', 'settings']);
    expect(paneTabs(branch)).toEqual(['check', 'mine', 'settings']);
    expect(paneTabs(z1)).toEqual(['check', 'mine', 'status', 'summary', 'settings']);
  });

  it('names a reviewer\'s subtree, and nothing for the office or a plain unit', () => {
    expect(scopeTitle(z1)).toBe('综合业务党总支（审核范围：3 个单位）');
    expect([scopeTitle(admin), scopeTitle(branch)]).toEqual([null, null]);
  });

  it('offers 审核通过 and 退回 on a branch\'s slot, neither on the reviewer\'s own (the level above judges it)', () => {
    expect(slotActions(cell('B1', 'pending_review'), z1)).toEqual({ approve: true, ret: true, note: null });
    expect(slotActions(cell('B1', 'on_time'), z1)).toEqual({ approve: false, ret: true, note: null });
    expect(slotActions(cell('B1', 'missing', null), z1)).toEqual({ approve: false, ret: false, note: null });
    expect(slotActions(cell('Z1', 'pending_review'), z1)).toEqual({ approve: false, ret: false, note: '本级台账由上级审核，这里不能审核通过或退回。' });
    // The office judges every unit, the 党总支 included.
    expect(slotActions(cell('Z1', 'pending_review'), admin)).toEqual({ approve: true, ret: true, note: null });
  });
});
