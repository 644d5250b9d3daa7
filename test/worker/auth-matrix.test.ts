import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../worker/auth/require-auth.ts';
import { call, seedOrg, seedToken, seedUnit } from './helpers.ts';
import { errorCode, LEVEL_TOKENS as T, reviewPledges, seedLevels, sendPledge } from './levels.ts';

interface Route { method: string; path: string; allowed: Role[] }

// Every route behind a token. Bodies are irrelevant: auth runs before parsing.
// 'unit' admits every unit token (a 党总支 reports its own ledgers too);
// 'reviewer' a unit token whose unit has sub-units, scoped to its subtree.
const ROUTES: Route[] = [
  { method: 'GET', path: '/api/me', allowed: ['admin', 'unit'] },
  { method: 'GET', path: '/api/my/ledgers', allowed: ['unit'] },
  { method: 'POST', path: '/api/validate', allowed: ['admin', 'unit'] },
  { method: 'POST', path: '/api/submissions', allowed: ['unit'] },
  { method: 'GET', path: '/api/submissions', allowed: ['admin', 'unit'] },
  { method: 'GET', path: '/api/submissions/some-id', allowed: ['admin', 'unit'] },
  { method: 'GET', path: '/api/submissions/some-id/file', allowed: ['admin', 'unit'] },
  { method: 'GET', path: '/api/admin/units', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/units', allowed: ['admin'] },
  { method: 'PUT', path: '/api/admin/units/A', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/units/import', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/units/template.xlsx', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/periods', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/periods', allowed: ['admin'] },
  { method: 'PUT', path: '/api/admin/periods/pledge-ledger/2026H1', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/params', allowed: ['admin'] },
  { method: 'PUT', path: '/api/admin/params/mass-evaluation', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/tokens', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/tokens', allowed: ['admin'] },
  { method: 'DELETE', path: '/api/admin/tokens/some-id', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/tokens/bulk', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/review-settings', allowed: ['admin'] },
  { method: 'PUT', path: '/api/admin/review-settings', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/status?period=2026H1', allowed: ['admin', 'reviewer'] },
  { method: 'POST', path: '/api/admin/submissions/some-id/return', allowed: ['admin', 'reviewer'] },
  { method: 'POST', path: '/api/admin/submissions/some-id/approve', allowed: ['admin', 'reviewer'] },
  { method: 'GET', path: '/api/admin/summary?period=2026H1', allowed: ['admin', 'reviewer'] },
  { method: 'GET', path: '/api/admin/summary.xlsx?period=2026H1', allowed: ['admin', 'reviewer'] },
  { method: 'GET', path: '/api/admin/archive.zip?period=2026H1', allowed: ['admin', 'reviewer'] },
  { method: 'GET', path: '/api/admin/reminders?period=2026H1', allowed: ['admin', 'reviewer'] },
  { method: 'GET', path: '/api/admin/reminders.xlsx?period=2026H1', allowed: ['admin', 'reviewer'] },
];

/** The callers of issue 10's matrix (besides none and revoked), and which roles each holds. */
const CALLERS = [
  { who: 'org admin', token: T.admin, roles: ['admin'] },
  { who: 'reviewer of subtree A (DA)', token: T.da, roles: ['unit', 'reviewer'] },
  { who: 'reviewer of subtree B (DB)', token: T.db, roles: ['unit', 'reviewer'] },
  { who: 'unit inside A (A1)', token: T.a1, roles: ['unit'] },
  { who: 'unit outside A (B1)', token: T.b1, roles: ['unit'] },
] as const;

it('lists every route the API documents as needing a token', async () => {
  const doc = (await (await call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([, op]) => (op.security ?? []).length > 0).map(([method]) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '*')}`));
  const listed = new Set(ROUTES.map((r) => `${r.method} ${r.path.split('?')[0]!.replace(/\/(some-id|A|pledge-ledger|2026H1|mass-evaluation)(?=\/|$)/g, '/*')}`));
  expect(documented.filter((d) => !listed.has(d))).toEqual([]);
});

const errorOf = async (res: Response) => ((await res.json()) as { ok: boolean; error: { code: string } });

const ids = { a1: '', a2: '', b1: '', da: '' };
const NONE = '00000000-0000-0000-0000-000000000000';

beforeAll(async () => {
  await seedLevels();
  await seedOrg('other');
  await seedUnit('A1', '另一机关的同编码单位', null, 'other');
  await seedToken('tzt_other_admin', 'admin', null, 'other');
  await reviewPledges(true);
  ids.a1 = (await sendPledge(T.a1, 'A1')).id;
  ids.a2 = (await sendPledge(T.a2, 'A2')).id;
  ids.b1 = (await sendPledge(T.b1, 'B1')).id;
  ids.da = (await sendPledge(T.da, 'DA')).id;
});

describe.each(ROUTES)('$method $path', ({ method, path, allowed }) => {
  it('401 without a token', async () => {
    const res = await call(method, path);
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toEqual({ ok: false, error: { code: 'auth/missing', message: '缺少访问令牌：请在请求头中提供 Authorization: Bearer <令牌>' } });
  });

  it('401 with an unknown or malformed token', async () => {
    expect((await errorOf(await call(method, path, { token: 'tzt_guessed' }))).error.code).toBe('auth/invalid');
    const basic = await call(method, path, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
    expect((await errorOf(basic)).error.code).toBe('auth/invalid');
  });

  it('401 with a revoked token (a revoked reviewer token too)', async () => {
    const res = await call(method, path, { token: T.revoked });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).error.code).toBe('auth/revoked');
  });

  it.each(CALLERS)('$who: passes auth when one of its roles is allowed, else 403', async ({ token, roles }) => {
    const res = await call(method, path, { token });
    if (roles.some((r) => allowed.includes(r))) {
      expect([401, 403]).not.toContain(res.status);
      // Walks away mid-download, as a closed browser tab does: the service must let go quietly.
      await res.body?.cancel();
    } else {
      expect(res.status).toBe(403);
      expect((await errorOf(res)).error.code).toBe('auth/forbidden');
    }
  });
});

describe('a caller reaches only its own unit or subtree', () => {
  const read = (token: string, id: string, suffix = '') => call('GET', `/api/submissions/${id}${suffix}`, { token });

  it("answers 404 for an id outside the caller's subtree, exactly as for an id that does not exist", async () => {
    const cases: [string, string][] = [[T.db, ids.a1], [T.da, ids.b1], [T.a1, ids.a2], [T.b1, ids.a1], [T.a1, ids.da], ['tzt_other_admin', ids.a1]];
    for (const [token, id] of cases)
      for (const suffix of ['', '/file']) {
        const theirs = await read(token, id, suffix);
        const none = await read(token, NONE, suffix);
        expect([theirs.status, none.status]).toEqual([404, 404]);
        expect([await errorCode(theirs), await errorCode(none)]).toEqual(['submission/not-found', 'submission/not-found']);
      }
  });

  it('lets a reviewer read every version below it, a unit only its own', async () => {
    for (const id of [ids.a1, ids.a2, ids.da]) expect((await read(T.da, id)).status).toBe(200);
    expect((await read(T.db, ids.b1)).status).toBe(200);
    expect((await read(T.a1, ids.a1)).status).toBe(200);
    for (const id of [ids.a1, ids.b1, ids.da]) expect((await read(T.admin, id)).status).toBe(200);
  });

  it('answers 404 when a reviewer approves or returns a version outside its subtree, as for a missing id', async () => {
    for (const action of ['approve', 'return'])
      for (const [token, id] of [[T.db, ids.a1], [T.da, ids.b1], [T.db, NONE], ['tzt_other_admin', ids.a1]] as const) {
        const res = await call('POST', `/api/admin/submissions/${id}/${action}`, { token, json: { comment: '越级' } });
        expect(res.status).toBe(404);
        expect(await errorCode(res)).toBe('submission/not-found');
      }
  });

  it('lists a unit of the subtree on ?unit=, and answers 404 for any other unit, listed or not', async () => {
    const list = async (token: string, query: string) => call('GET', `/api/submissions${query}`, { token });
    const unitsOf = async (res: Response) => ((await res.json()) as { submissions: { unitCode: string }[] }).submissions.map((s) => s.unitCode);
    expect(await unitsOf(await list(T.da, '?unit=A1'))).toEqual(['A1']);
    expect(await unitsOf(await list(T.da, ''))).toEqual(['DA']);
    expect(await unitsOf(await list(T.a1, ''))).toEqual(['A1']);
    expect(await unitsOf(await list(T.admin, '?unit=B1'))).toEqual(['B1']);
    for (const [token, query] of [[T.da, '?unit=B1'], [T.da, '?unit=NOPE'], [T.db, '?unit=A1'], [T.a1, '?unit=A2'], [T.b1, '?unit=A1']] as const) {
      const res = await list(token, query);
      expect(res.status).toBe(404);
      expect(await errorCode(res)).toBe('unit/not-found');
    }
    const other = await list('tzt_other_admin', '');
    expect(((await other.json()) as { submissions: unknown[] }).submissions).toEqual([]);
  });
});
