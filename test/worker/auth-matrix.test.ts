import { beforeAll, describe, expect, it } from 'vitest';
import { call, GOOD_ROWS, pledgeGrid, seedOrg, seedToken, seedUnit, seedWorld, TOKENS } from './helpers.ts';

type Kind = 'admin' | 'unit';
interface Route { method: string; path: string; allowed: Kind[] }

// Every route behind a token. Bodies are irrelevant: auth runs before parsing.
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
  { method: 'GET', path: '/api/admin/status?period=2026H1', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/submissions/some-id/return', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/summary?period=2026H1', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/summary.xlsx?period=2026H1', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/archive.zip?period=2026H1', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/reminders?period=2026H1', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/reminders.xlsx?period=2026H1', allowed: ['admin'] },
];

it('lists every route the API documents as needing a token', async () => {
  const doc = (await (await call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([, op]) => (op.security ?? []).length > 0).map(([method]) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '*')}`));
  const listed = new Set(ROUTES.map((r) => `${r.method} ${r.path.split('?')[0]!.replace(/\/(some-id|A|pledge-ledger|2026H1|mass-evaluation)(?=\/|$)/g, '/*')}`));
  expect(documented.filter((d) => !listed.has(d))).toEqual([]);
});

const errorOf = async (res: Response) => ((await res.json()) as { ok: boolean; error: { code: string } });

let submissionOfA = '';

beforeAll(async () => {
  await seedWorld();
  await seedOrg('other');
  await seedUnit('A', '另一机关的同编码单位', null, 'other');
  await seedToken('tzt_other_admin', 'admin', null, 'other');
  const res = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(GOOD_ROWS) } });
  expect(res.status).toBe(201);
  submissionOfA = ((await res.json()) as { submission: { id: string } }).submission.id;
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

  it('401 with a revoked token', async () => {
    const res = await call(method, path, { token: TOKENS.revoked });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).error.code).toBe('auth/revoked');
  });

  it('403 for the other kind of token, or passes auth for an allowed one', async () => {
    for (const kind of ['admin', 'unit'] as const) {
      const res = await call(method, path, { token: kind === 'admin' ? TOKENS.admin : TOKENS.a });
      if (allowed.includes(kind)) expect([401, 403]).not.toContain(res.status);
      else {
        expect(res.status).toBe(403);
        expect((await errorOf(res)).error.code).toBe('auth/forbidden');
      }
    }
  });
});

describe('a unit sees only its own unit', () => {
  it("answers 404 for another unit's submission id, exactly as for an id that does not exist", async () => {
    for (const suffix of ['', '/file']) {
      const theirs = await call('GET', `/api/submissions/${submissionOfA}${suffix}`, { token: TOKENS.b });
      const none = await call('GET', `/api/submissions/00000000-0000-0000-0000-000000000000${suffix}`, { token: TOKENS.b });
      expect(theirs.status).toBe(404);
      expect(none.status).toBe(404);
      expect((await errorOf(theirs)).error.code).toBe('submission/not-found');
      expect((await errorOf(none)).error.code).toBe('submission/not-found');
    }
    expect((await call('GET', `/api/submissions/${submissionOfA}`, { token: TOKENS.a })).status).toBe(200);
  });

  it("does not list another unit's submissions, whatever the query says", async () => {
    const res = await call('GET', '/api/submissions?unit=A', { token: TOKENS.b });
    expect(((await res.json()) as { submissions: unknown[] }).submissions).toEqual([]);
    const admin = await call('GET', '/api/submissions?unit=A', { token: TOKENS.admin });
    expect(((await admin.json()) as { submissions: { id: string }[] }).submissions.map((s) => s.id)).toEqual([submissionOfA]);
  });

  it("keeps another organisation's admin out of this organisation's submissions", async () => {
    expect((await call('GET', `/api/submissions/${submissionOfA}`, { token: 'tzt_other_admin' })).status).toBe(404);
    const ret = await call('POST', `/api/admin/submissions/${submissionOfA}/return`, { token: 'tzt_other_admin', json: { comment: '越权' } });
    expect(ret.status).toBe(404);
    const list = await call('GET', '/api/submissions', { token: 'tzt_other_admin' });
    expect(((await list.json()) as { submissions: unknown[] }).submissions).toEqual([]);
  });
});
