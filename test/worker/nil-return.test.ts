import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../templates/model/grid.ts';
import { grid, sheet } from '../fixtures/grids.ts';
import { call, seedPeriod, seedWorld, TOKENS } from './helpers.ts';

const HEADER = ['问题来源*', '问题描述*', '整改措施*', '责任单位*', '责任人*', '整改时限*', '整改状态*', '完成日期', '复验结果', '备注'];

/** Unit A's 整改台账 for 2026H1 with no rows; `declared` ticks 本期无整改事项 in 基本信息. */
const emptyLedger = (declared: boolean) =>
  grid([
    sheet('整改台账', [
      ['整改台账'],
      ['填报单位', '市发展改革委机关党委', '单位编码', 'A', '报送期次', '2026年上半年', ...(declared ? ['本期无整改事项', '是'] : [])] as CellValue[],
      ['填报人', '王芳', '联系电话', '0571-88000000', '填报日期', '2026-07-10'],
      HEADER,
    ]),
  ], '整改台账.xlsx');

const send = (declared: boolean) =>
  call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'rectification-ledger', period: '2026H1', grid: emptyLedger(declared) } });

beforeAll(async () => {
  await seedWorld();
  await seedPeriod('rectification-ledger', '2026H1', '2026-01-01', '2099-07-15');
});

describe('a nil return (本期无整改事项)', () => {
  it('is refused without the declaration, counted with it, and shown as 本期无 on the board and in 报送情况', async () => {
    const bare = await send(false);
    expect(bare.status).toBe(201);
    expect(((await bare.json()) as { submission: { status: string } }).submission.status).toBe('rejected');

    const declared = await send(true);
    expect(declared.status).toBe(201);
    expect(((await declared.json()) as { submission: { status: string } }).submission.status).toBe('accepted');

    const board = (await (await call('GET', '/api/admin/status?period=2026H1', { token: TOKENS.admin })).json()) as { cells: { unitCode: string; templateId: string; state: string; nilReturn: boolean }[] };
    expect(board.cells.find((c) => c.unitCode === 'A' && c.templateId === 'rectification-ledger')).toMatchObject({ state: 'on_time', nilReturn: true });

    const summary = (await (await call('GET', '/api/admin/summary?period=2026H1', { token: TOKENS.admin })).json()) as {
      rows: { unitCode: string; kind: string }[]; status: { rows: { cells: Record<string, { state: string; nilReturn: boolean }> }[] };
    };
    const at = summary.rows.findIndex((r) => r.unitCode === 'A' && r.kind !== 'subtotal');
    expect(summary.status.rows[at]!.cells['rectification-ledger']).toMatchObject({ state: 'on_time', nilReturn: true });
  });
});
