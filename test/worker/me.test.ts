import { beforeEach, describe, expect, it } from 'vitest';
import { call, seedPeriod, seedToken, seedWorld, TOKENS } from './helpers.ts';

describe('GET /api/me', () => {
  beforeEach(async () => {
    await seedWorld('2026-07-15');
    await seedPeriod('mass-evaluation', '2026H2', '2026-07-01', '2027-01-15');
  });

  it('tells the office it is the admin, with every period set', async () => {
    const res = await call('GET', '/api/me', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      kind: 'admin',
      label: 'admin',
      unit: null,
      reviewer: null,
      periods: [
        { templateId: 'mass-evaluation', templateName: '群众评议情况统计表', code: '2026H2', label: '2026年下半年', opens: '2026-07-01', due: '2027-01-15' },
        { templateId: 'pledge-ledger', templateName: '承诺践诺台账', code: '2026H1', label: '2026年上半年', opens: '2026-01-01', due: '2026-07-15' },
      ],
    });
  });

  it('lists a period\'s ledgers in the catalog\'s order, not by id', async () => {
    await seedPeriod('branch-grading', '2026H1', '2026-01-01', '2026-07-15');
    await seedPeriod('golden-ideas', '2026H1', '2026-01-01', '2026-07-15');
    const body = (await (await call('GET', '/api/me', { token: TOKENS.a })).json()) as { periods: { templateId: string; code: string }[] };
    expect(body.periods.map((p) => `${p.code} ${p.templateId}`)).toEqual([
      '2026H2 mass-evaluation', '2026H1 pledge-ledger', '2026H1 branch-grading', '2026H1 golden-ideas',
    ]);
  });

  it('tells a unit token which unit it reports for', async () => {
    const res = await call('GET', '/api/me', { token: TOKENS.a });
    const body = (await res.json()) as { kind: string; unit: unknown; periods: unknown[]; reviewer: unknown };
    expect(res.status).toBe(200);
    expect(body.kind).toBe('unit');
    expect(body.unit).toEqual({ code: 'A', name: '市发展改革委机关党委' });
    expect(body.periods).toHaveLength(2);
    expect(body.reviewer).toBeNull();
  });

  it('tells a unit with sub-units that it reviews its subtree, and how many units that is', async () => {
    await seedToken('tzt_root_unit', 'unit', 'ROOT');
    const body = (await (await call('GET', '/api/me', { token: 'tzt_root_unit' })).json()) as { kind: string; unit: unknown; reviewer: unknown };
    expect(body).toMatchObject({ kind: 'unit', unit: { code: 'ROOT', name: '市直机关党委' }, reviewer: { root: { code: 'ROOT', name: '市直机关党委' }, units: 3 } });
  });

  it('refuses a missing or revoked token with the envelope', async () => {
    const missing = await call('GET', '/api/me');
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('auth/missing');
    const revoked = await call('GET', '/api/me', { token: TOKENS.revoked });
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe('auth/revoked');
  });
});
