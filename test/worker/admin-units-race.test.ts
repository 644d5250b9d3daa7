import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { listUnits, upsertUnits, type Unit } from '../../worker/db/units.ts';
import { call, ORG, seedUnit, seedWorld, TOKENS } from './helpers.ts';

beforeEach(() => seedWorld());

/** Every unit whose parent chain comes back to itself. */
async function unitsInCycles(): Promise<string[]> {
  const { results } = await env.DB.prepare('SELECT code, parent_code FROM units WHERE org = ?').bind(ORG).all<{ code: string; parent_code: string | null }>();
  const parent = new Map(results.map((r) => [r.code, r.parent_code]));
  return results
    .filter((r) => {
      const seen = new Set<string>();
      for (let at = r.parent_code; at !== null && at !== undefined && !seen.has(at); at = parent.get(at) ?? null) {
        if (at === r.code) return true;
        seen.add(at);
      }
      return false;
    })
    .map((r) => r.code)
    .sort();
}

describe('parallel writes to the unit tree', () => {
  it('two PUTs that would close a loop together: one 200, one 409, no loop stored', async () => {
    const [toB, toA] = await Promise.all([
      call('PUT', '/api/admin/units/A', { token: TOKENS.admin, json: { name: '市发展改革委机关党委', parentCode: 'B' } }),
      call('PUT', '/api/admin/units/B', { token: TOKENS.admin, json: { name: '市统计局机关党委', parentCode: 'A' } }),
    ]);
    expect([toB.status, toA.status].sort()).toEqual([200, 409]);
    const refused = toB.status === 409 ? toB : toA;
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('unit/cycle');
    expect(await unitsInCycles()).toEqual([]);
  });

  it('three PUTs closing a longer loop: exactly one is refused', async () => {
    await seedUnit('C', '市财政局机关党委', 'ROOT');
    const statuses = await Promise.all([
      call('PUT', '/api/admin/units/A', { token: TOKENS.admin, json: { name: '甲', parentCode: 'B' } }),
      call('PUT', '/api/admin/units/B', { token: TOKENS.admin, json: { name: '乙', parentCode: 'C' } }),
      call('PUT', '/api/admin/units/C', { token: TOKENS.admin, json: { name: '丙', parentCode: 'A' } }),
    ]).then((rs) => rs.map((r) => r.status));
    expect(statuses.filter((s) => s === 409)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(await unitsInCycles()).toEqual([]);
  });

  it('parallel POSTs of one new code: one 201, the rest 409, the winner stored', async () => {
    const names = ['市审计局机关党委', '市审计局（二）', '市审计局（三）', '市审计局（四）'];
    const statuses = await Promise.all(
      names.map((name) => call('POST', '/api/admin/units', { token: TOKENS.admin, json: { code: 'SJ', name, parentCode: 'ROOT' } })),
    ).then((rs) => rs.map((r) => r.status));
    expect([...statuses].sort()).toEqual([201, 409, 409, 409]);
    const stored = await env.DB.prepare('SELECT name FROM units WHERE org = ? AND code = ?').bind(ORG, 'SJ').first<{ name: string }>();
    expect(stored!.name).toBe(names[statuses.indexOf(201)]);
  });

  it('a batch whose writes close a loop is rolled back whole, as an import that raced a PUT would be', async () => {
    const before = await listUnits(env.DB, ORG);
    const unit = (code: string, parentCode: string): Unit => ({ code, name: code, parentCode, members: 1, teams: 0, branches: 0 });
    expect(await upsertUnits(env.DB, ORG, [unit('NEW', 'ROOT'), unit('ROOT', 'A')], '2026-02-01T00:00:00.000Z')).toBe('loop');
    expect(await listUnits(env.DB, ORG)).toEqual(before);
    expect(await upsertUnits(env.DB, ORG, [unit('NEW', 'ROOT'), unit('B', 'A')], '2026-02-01T00:00:00.000Z')).toBe('ok');
    expect((await listUnits(env.DB, ORG)).map((u) => [u.code, u.parentCode])).toEqual([['A', 'ROOT'], ['B', 'A'], ['NEW', 'ROOT'], ['ROOT', null]]);
  });
});
