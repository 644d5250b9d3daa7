import { beforeAll, describe, expect, it } from 'vitest';
import { boardCounts, type BoardCell } from '../../addin/src/pane/status-board.ts';
import { call, GOOD_ROWS, pledgeGrid, seedToken, seedUnit, seedWorld, TOKENS } from './helpers.ts';

const send = async (token: string, unitCode: string, rows = GOOD_ROWS) => {
  const res = await call('POST', '/api/submissions', { token, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(rows, '承诺践诺台账.xlsx', unitCode) } });
  expect(res.status).toBe(201);
};

beforeAll(async () => {
  await seedWorld();
  // ROOT → A, B, D1 → C: ROOT and D1 are parents and send their own (本级) ledgers too.
  await seedUnit('D1', '综合业务党总支', 'ROOT');
  await seedUnit('C', '综合处党支部', 'D1');
  await seedToken('tzt_root', 'unit', 'ROOT');
  await seedToken('tzt_d1', 'unit', 'D1');
  await send('tzt_root', 'ROOT');
  await send('tzt_d1', 'D1');
  await send(TOKENS.a, 'A');
  await send(TOKENS.b, 'B', [['党员', '王五', '第一党支部', '服务承诺', '走访10户', '走访', '2026-06-30', '做完了', '', '']]);
});

describe('the board and the summary', () => {
  it('give the same counts: parents\' own ledgers are shown but never counted', async () => {
    const board = (await (await call('GET', '/api/admin/status?period=2026H1', { token: TOKENS.admin })).json()) as { cells: BoardCell[] };
    const summary = (await (await call('GET', '/api/admin/summary?period=2026H1', { token: TOKENS.admin })).json()) as {
      status: { total: { counts: Record<string, { expected: number; onTime: number; late: number; missing: number; returned: number; rejected: number; pendingReview: number }> } };
    };
    const { progress: _p, ...counts } = boardCounts(board.cells);
    expect(counts).toEqual(summary.status.total.counts['pledge-ledger']);
    expect(counts).toEqual({ expected: 3, onTime: 1, late: 0, missing: 1, returned: 0, rejected: 1, pendingReview: 0 });
  });
});
