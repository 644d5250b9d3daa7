import { describe, expect, it } from 'vitest';
import { cellMatches, filtering, matrixRows, slotText, toggleCollapsed, visibleRows, type MatrixFilter, type MatrixUnit } from '../../../addin/src/pane/board-matrix.ts';
import { shortLedgerNames } from '../../../addin/src/pane/ledger-short-names.ts';
import type { BoardCell, CellState } from '../../../addin/src/pane/status-board.ts';
import { catalog } from '../../../templates/catalog/index.ts';

// 工委 → two 党总支 (one with two branches, one with one) and a branch directly under the 工委.
const UNITS: MatrixUnit[] = [
  { code: 'W', name: '市直机关工委', parentCode: null },
  { code: 'B3', name: '第三党支部', parentCode: 'W' },
  { code: 'Z1', name: '综合业务党总支', parentCode: 'W' },
  { code: 'B1', name: '第一党支部', parentCode: 'Z1' },
  { code: 'B2', name: '第二党支部', parentCode: 'Z1' },
  { code: 'Z2', name: '经济运行党总支', parentCode: 'W' },
  { code: 'B4', name: '统计党支部', parentCode: 'Z2' },
];
const LEDGERS = ['pledge', 'rating'];
const PARENTS = new Set(['W', 'Z1', 'Z2']);

const STATES: Record<string, [CellState, CellState]> = {
  B1: ['on_time', 'missing'], B2: ['missing', 'missing'], B3: ['late', 'returned'], B4: ['rejected', 'on_time'],
};
const cells: BoardCell[] = UNITS.flatMap((u) => LEDGERS.map((t, i): BoardCell => {
  const own = u.code === 'Z1' && t === 'pledge';
  const state: CellState = PARENTS.has(u.code) ? (own ? 'on_time' : 'not_expected') : STATES[u.code]![i]!;
  return { unitCode: u.code, templateId: t, state, expected: !PARENTS.has(u.code), submissionId: state === 'missing' || state === 'not_expected' ? null : `${u.code}-${t}` };
}));

const rows = matrixRows(UNITS, LEDGERS, cells);
const codes = (f: Partial<MatrixFilter>) => visibleRows(rows, { state: null, query: '', collapsed: new Set(), ...f }).map((i) => rows[i]!.code);

describe('matrixRows', () => {
  it('follows the unit tree depth first, with depth, ancestors and the size of each subtree', () => {
    expect(rows.map((r) => [r.code, r.depth, r.ancestors.join('>'), r.descendants])).toEqual([
      ['W', 0, '', 6], ['B3', 1, 'W', 0], ['Z1', 1, 'W', 2], ['B1', 2, 'W>Z1', 0], ['B2', 2, 'W>Z1', 0], ['Z2', 1, 'W', 1], ['B4', 2, 'W>Z2', 0],
    ]);
  });

  it('puts each cell under its ledger column, and null where the board has none', () => {
    const b1 = rows.find((r) => r.code === 'B1')!;
    expect(b1.cells.map((c) => c?.state)).toEqual(['on_time', 'missing']);
    expect(matrixRows(UNITS.slice(0, 1), ['pledge', 'other'], cells)[0]!.cells.map((c) => c?.state ?? null)).toEqual(['not_expected', null]);
  });

  it('shows a unit whose parent is not in the list at the top rather than dropping it', () => {
    const orphan = matrixRows([...UNITS, { code: 'X', name: '外单位', parentCode: 'GONE' }], LEDGERS, cells);
    expect(orphan.at(-1)).toMatchObject({ code: 'X', depth: 0, ancestors: [] });
  });
});

describe('visibleRows', () => {
  it('shows the whole tree when nothing is filtered', () => {
    expect(codes({})).toEqual(['W', 'B3', 'Z1', 'B1', 'B2', 'Z2', 'B4']);
  });

  it('hides everything under a folded parent, and brings it back when unfolded', () => {
    const folded = toggleCollapsed(new Set(), rows[2]!);
    expect([...folded]).toEqual(['Z1']);
    expect(codes({ collapsed: folded })).toEqual(['W', 'B3', 'Z1', 'Z2', 'B4']);
    expect(codes({ collapsed: toggleCollapsed(new Set(['W']), rows[0]!) })).toEqual(codes({}));
    expect(codes({ collapsed: new Set(['W']) })).toEqual(['W']);
    // A unit without sub-units has nothing to fold.
    expect([...toggleCollapsed(new Set(), rows[1]!)]).toEqual([]);
  });

  it('a tile shows only the units with such a cell, and counts only cells that count towards 应报', () => {
    expect(codes({ state: 'missing' })).toEqual(['B1', 'B2']);
    expect(codes({ state: 'returned' })).toEqual(['B3']);
    // Z1's own 承诺践诺台账 is shown on the board but not counted, so 按时报送 does not list Z1.
    expect(codes({ state: 'on_time' })).toEqual(['B1', 'B4']);
    expect(rows.flatMap((r) => r.cells.filter((c) => cellMatches(c, 'missing')).map((c) => `${c!.unitCode}/${c!.templateId}`))).toEqual(['B1/rating', 'B2/pledge', 'B2/rating']);
    expect(cellMatches(null, 'missing')).toBe(false);
    expect(cellMatches(cells[0]!, null)).toBe(false);
  });

  it('a search finds a unit by name or code, case and spaces aside, inside folded parents too', () => {
    expect(codes({ query: '统计' })).toEqual(['B4']);
    expect(codes({ query: ' z1 ' })).toEqual(['Z1']);
    expect(codes({ query: '党总支', collapsed: new Set(['W']) })).toEqual(['Z1', 'Z2']);
    expect(codes({ query: '没有这个单位' })).toEqual([]);
  });

  it('tile and search together narrow to units matching both', () => {
    expect(codes({ state: 'missing', query: '第二' })).toEqual(['B2']);
    expect(filtering({ state: null, query: '  ', collapsed: new Set() })).toBe(false);
    expect(filtering({ state: 'late', query: '', collapsed: new Set() })).toBe(true);
  });
});

describe('shortLedgerNames', () => {
  it('names every catalog ledger in a few characters, in catalog order', () => {
    expect(shortLedgerNames(catalog.map((d) => d.name))).toEqual(['承诺践诺', '群众评议', '领导点评', '书记点评', '示范行动', '整改', '分类定级', '金点子', '党员名册', '三会一课']);
  });

  it('takes more characters where two would read the same, and the full name where nothing tells them apart', () => {
    expect(shortLedgerNames(['党员发展情况统计表', '党员发展计划台账', '党费收缴台账'])).toEqual(['党员发展', '党员发展计划', '党费收缴']);
    expect(shortLedgerNames(['整改台账', '整改登记表'])).toEqual(['整改台账', '整改登记表']);
  });
});

describe('slotText', () => {
  const base = { unitCode: 'B1', templateId: 'pledge', label: '', expected: true, submissionId: 's1', version: 2, submittedAt: '2026-07-10T02:03:00.000Z', errors: 0, warnings: 1, returnComment: null, returnedBy: null, review: null, nilReturn: false, rejectedAfter: null };
  it('says state, version, China time and counts, and what else the office should know', () => {
    expect(slotText({ ...base, state: 'on_time' })).toBe('按时报送 · 第 2 版 · 2026-07-10 10:03 · 错误 0 · 提醒 1');
    expect(slotText({ ...base, state: 'returned', returnComment: '请补充完成时限' })).toBe('已退回 · 第 2 版 · 2026-07-10 10:03 · 错误 0 · 提醒 1 · 机关党委退回意见：请补充完成时限');
    // Who sent it back, when a level above did; and an approval (逐级审核).
    expect(slotText({ ...base, state: 'returned', returnComment: '请补充完成时限', returnedBy: { unitCode: 'Z1', name: '综合业务党总支' } })).toBe('已退回 · 第 2 版 · 2026-07-10 10:03 · 错误 0 · 提醒 1 · 综合业务党总支退回意见：请补充完成时限');
    expect(slotText({ ...base, state: 'on_time', review: 'approved' })).toBe('按时报送 · 第 2 版 · 2026-07-10 10:03 · 错误 0 · 提醒 1 · 已审核通过');
    expect(slotText({ ...base, state: 'pending_review', review: 'pending' })).toBe('待审核 · 第 2 版 · 2026-07-10 10:03 · 错误 0 · 提醒 1');
    expect(slotText({ ...base, state: 'late', nilReturn: true, rejectedAfter: { id: 's3', version: 3, errors: 4 } })).toBe('逾期报送（本期无此事项） · 第 2 版 · 2026-07-10 10:03 · 错误 0 · 提醒 1 · 新报的第 3 版未通过（错误 4 个）');
    expect(slotText({ ...base, state: 'on_time', expected: false })).toBe('按时报送 · 第 2 版 · 2026-07-10 10:03 · 错误 0 · 提醒 1 · 本级报送，不计入应报');
  });

  it('names a slot nobody filled, and a parent\'s slot it was never asked for', () => {
    const empty = { ...base, submissionId: null, version: null, submittedAt: null, errors: null, warnings: null };
    expect(slotText({ ...empty, state: 'missing' })).toBe('未报送');
    expect(slotText({ ...empty, state: 'rejected', rejectedAfter: { id: 's1', version: 1, errors: 3 } })).toBe('已拒收 · 第 1 版未通过（错误 3 个）');
    expect(slotText({ ...empty, state: 'not_expected', expected: false })).toBe('无需报送（由下级单位报送）');
  });
});
