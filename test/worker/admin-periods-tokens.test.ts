import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, seedWorld, TOKENS } from './helpers.ts';

beforeEach(() => seedWorld());

interface Period { templateId: string; code: string; label: string; opens: string; due: string }

describe('periods', () => {
  it('defaults the window from DOMAIN §2 and lets the office change it', async () => {
    const h2 = await call('POST', '/api/admin/periods', { token: TOKENS.admin, json: { templateId: 'pledge-ledger', code: '2026H2' } });
    expect(h2.status).toBe(201);
    expect(((await h2.json()) as { period: Period }).period).toMatchObject({ templateId: 'pledge-ledger', code: '2026H2', label: '2026年下半年', opens: '2026-07-01', due: '2027-01-15' });
    const h1 = await call('POST', '/api/admin/periods', { token: TOKENS.admin, json: { templateId: 'mass-evaluation', code: '2026H1' } });
    expect(((await h1.json()) as { period: Period }).period).toMatchObject({ opens: '2026-01-01', due: '2026-07-15' });
    const demo = await call('POST', '/api/admin/periods', { token: TOKENS.admin, json: { templateId: 'demonstration-action', code: '2026', due: '2026-06-20' } });
    expect(((await demo.json()) as { period: Period }).period).toMatchObject({ label: '2026年度', opens: '2026-01-01', due: '2026-06-20' });

    expect((await call('POST', '/api/admin/periods', { token: TOKENS.admin, json: { templateId: 'pledge-ledger', code: '2026H2' } })).status).toBe(409);
    expect((await call('POST', '/api/admin/periods', { token: TOKENS.admin, json: { templateId: 'nope', code: '2026H2' } })).status).toBe(404);
    const badCode = await call('POST', '/api/admin/periods', { token: TOKENS.admin, json: { templateId: 'pledge-ledger', code: '2026上半年' } });
    expect(badCode.status).toBe(400);
    expect(((await badCode.json()) as { error: { details: { path: string; message: string }[] } }).error.details).toEqual([
      { path: 'code', message: '期次代码应为 2026H1、2026H2、2026M07 或 2026', code: 'invalid_format' },
    ]);

    const moved = await call('PUT', '/api/admin/periods/pledge-ledger/2026H2', { token: TOKENS.admin, json: { due: '2027-01-20' } });
    expect(((await moved.json()) as { period: Period }).period).toMatchObject({ opens: '2026-07-01', due: '2027-01-20' });
    expect((await call('PUT', '/api/admin/periods/pledge-ledger/2026H2', { token: TOKENS.admin, json: { opens: '2027-02-01' } })).status).toBe(400);
    expect((await call('PUT', '/api/admin/periods/pledge-ledger/2025H2', { token: TOKENS.admin, json: { due: '2026-01-20' } })).status).toBe(404);

    const list = await call('GET', '/api/admin/periods?code=2026H2', { token: TOKENS.admin });
    expect(((await list.json()) as { periods: Period[] }).periods.map((p) => `${p.templateId}/${p.due}`)).toEqual(['pledge-ledger/2027-01-20']);
  });
});

describe('tokens', () => {
  it('issues a unit token shown once and stored hashed, which works until revoked', async () => {
    const res = await call('POST', '/api/admin/tokens', { token: TOKENS.admin, json: { kind: 'unit', unitCode: 'B', label: '统计局 王芳' } });
    expect(res.status).toBe(201);
    const issued = (await res.json()) as { token: string; record: { id: string; kind: string; unitCode: string; label: string; revokedAt: null } };
    expect(issued.token).toMatch(/^tzt_[A-Za-z0-9_-]{43}$/);
    expect(issued.record).toMatchObject({ kind: 'unit', unitCode: 'B', label: '统计局 王芳', revokedAt: null });
    const stored = await env.DB.prepare('SELECT hash FROM tokens WHERE id = ?').bind(issued.record.id).first<{ hash: string }>();
    expect(stored!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.hash).not.toContain(issued.token);

    expect((await call('GET', '/api/submissions', { token: issued.token })).status).toBe(200);
    const listed = ((await (await call('GET', '/api/admin/tokens', { token: TOKENS.admin })).json()) as { tokens: Record<string, unknown>[] }).tokens;
    expect(listed).toHaveLength(5);
    expect(listed.every((t) => !('hash' in t) && !('token' in t))).toBe(true);

    const revoked = await call('DELETE', `/api/admin/tokens/${issued.record.id}`, { token: TOKENS.admin });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { record: { revokedAt: string | null } }).record.revokedAt).not.toBeNull();
    const after = await call('GET', '/api/submissions', { token: issued.token });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('auth/revoked');
    expect((await call('DELETE', '/api/admin/tokens/not-a-token', { token: TOKENS.admin })).status).toBe(404);
  });

  it('refuses a token for a unit that does not exist, and issues admin tokens', async () => {
    const res = await call('POST', '/api/admin/tokens', { token: TOKENS.admin, json: { kind: 'unit', unitCode: 'NOPE' } });
    expect(res.status).toBe(404);
    const admin = await call('POST', '/api/admin/tokens', { token: TOKENS.admin, json: { kind: 'admin' } });
    const issued = (await admin.json()) as { token: string; record: { kind: string; unitCode: null; label: string } };
    expect(issued.record).toMatchObject({ kind: 'admin', unitCode: null, label: '管理员' });
    expect((await call('GET', '/api/admin/units', { token: issued.token })).status).toBe(200);
  });

  it('refuses to revoke the token making the request, so the office cannot lock itself out; another admin token may', async () => {
    const second = (await (await call('POST', '/api/admin/tokens', { token: TOKENS.admin, json: { kind: 'admin', label: '第二管理员' } })).json()) as { token: string; record: { id: string } };
    const self = await call('DELETE', `/api/admin/tokens/${second.record.id}`, { token: second.token });
    expect(self.status).toBe(409);
    expect(((await self.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'token/in-use', message: '不能收回正在使用的令牌：请先用另一个管理员令牌连接，再收回这一个。' });
    expect((await call('GET', '/api/admin/units', { token: second.token })).status).toBe(200);
    expect((await call('DELETE', `/api/admin/tokens/${second.record.id}`, { token: TOKENS.admin })).status).toBe(200);
    expect((await call('GET', '/api/admin/units', { token: second.token })).status).toBe(401);
  });
});
