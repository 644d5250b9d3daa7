import { beforeAll, describe, expect, it } from 'vitest';
import { call, GOOD_ROWS, pledgeGrid, seedWorld, TOKENS } from './helpers.ts';

beforeAll(() => seedWorld());

interface Refusal { error: { code: string; message: string; details: { issues: { code: string; cell?: string; params?: Record<string, unknown> }[] } } }
interface Validated { report: { valid: boolean; issues: { code: string; cell?: string; expected?: unknown; value?: unknown }[] } }

/** 承诺事项 of the second data row (F6 in the grid the add-in sends). */
const withPledge = (pledge: string) => pledgeGrid([GOOD_ROWS[0]!, [...GOOD_ROWS[1]!.slice(0, 4), pledge, ...GOOD_ROWS[1]!.slice(5)] as (typeof GOOD_ROWS)[number]]);

describe('JSON grid intake bounds', () => {
  it('refuses a grid cell far past Excel’s cap with 422, naming the cell, before validating it', async () => {
    const res = await call('POST', '/api/validate', { token: TOKENS.a, json: { grid: withPledge('x'.repeat(2_000_000)) } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as Refusal;
    expect(body.error.code).toBe('file/cell-too-long');
    expect(body.error.message).toContain('32767');
    expect(body.error.details.issues).toMatchObject([{ code: 'file/cell-too-long', cell: 'F6', params: { cell: 'F6', limit: 32_767 } }]);
  });

  it('reports a cell just past the cap as too long at that cell, and validates the rest', async () => {
    const res = await call('POST', '/api/validate', { token: TOKENS.a, json: { grid: withPledge(`走访${'办'.repeat(32_766)}`) } });
    expect(res.status).toBe(200);
    const { report } = (await res.json()) as Validated;
    expect(report.valid).toBe(false);
    expect(report.issues.filter((i) => i.code === 'cell/too-long').map((i) => [i.cell, i.expected, String(i.value).length])).toEqual([['F6', 32_767, 201]]);
  });
});
