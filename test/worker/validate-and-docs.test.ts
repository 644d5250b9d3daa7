import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/index.ts';
import { call, fileForm, filledPledgeXlsx, GOOD_ROWS, pledgeGrid, seedWorld, TOKENS } from './helpers.ts';

beforeAll(() => seedWorld());

interface Report { valid: boolean; template: { id: string; detectedBy: string } | null; stats: { rowsValid: number; errors: number; warnings: number }; issues: { code: string; cell?: string }[] }

describe('POST /api/validate', () => {
  it('validates a file and a grid the same way and stores nothing', async () => {
    const rows = [...GOOD_ROWS, ['党员', '李四', '第一党支部', '服务承诺', '热情服务', '每周处理', '2026-06-30', '推进中', '', ''] as (typeof GOOD_ROWS)[number]];
    const fromFile = await call('POST', '/api/validate', { token: TOKENS.a, body: fileForm(await filledPledgeXlsx(rows), '承诺.xlsx') });
    expect(fromFile.status).toBe(200);
    const fileReport = ((await fromFile.json()) as { report: Report }).report;
    expect(fileReport).toMatchObject({ valid: true, template: { id: 'pledge-ledger', detectedBy: 'identity' }, stats: { rowsValid: 3, errors: 0, warnings: 1 } });
    expect(fileReport.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['row/not-measurable@F7']);

    const fromGrid = await call('POST', '/api/validate', { token: TOKENS.admin, json: { grid: pledgeGrid(rows) } });
    const gridReport = ((await fromGrid.json()) as { report: Report }).report;
    expect(gridReport).toMatchObject({ valid: true, template: { id: 'pledge-ledger', detectedBy: 'headers' }, stats: { rowsValid: 3, errors: 0, warnings: 1 } });
    expect(gridReport.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['row/not-measurable@F7']);

    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM submissions').first<{ n: number }>())!.n).toBe(0);
  });

  it('answers 422 when the input is not the template asked for, 400 with no ledger, 404 for an unknown template', async () => {
    const wrong = await call('POST', '/api/validate', { token: TOKENS.a, json: { templateId: 'golden-ideas', grid: pledgeGrid(GOOD_ROWS) } });
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('template/mismatch');
    const empty = await call('POST', '/api/validate', { token: TOKENS.a });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('request/no-ledger');
    const text = await call('POST', '/api/validate', { token: TOKENS.a, body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: { code: string } }).error.code).toBe('request/media-type');
    expect((await call('POST', '/api/validate', { token: TOKENS.a, json: { templateId: 'nope', grid: pledgeGrid(GOOD_ROWS) } })).status).toBe(404);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route with bearer auth', async () => {
    const res = await call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { security?: unknown }>>; components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.fromEntries(Object.entries(doc.paths).map(([p, ops]) => [p, Object.keys(ops).sort()]))).toEqual({
      '/api/me': ['get'],
      '/api/my/ledgers': ['get'],
      '/api/validate': ['post'],
      '/api/submissions': ['get', 'post'],
      '/api/submissions/{id}': ['get'],
      '/api/submissions/{id}/file': ['get'],
      '/api/admin/units': ['get', 'post'],
      '/api/admin/units/template.xlsx': ['get'],
      '/api/admin/units/{code}': ['put'],
      '/api/admin/units/import': ['post'],
      '/api/admin/periods': ['get', 'post'],
      '/api/admin/periods/{templateId}/{code}': ['put'],
      '/api/admin/params': ['get'],
      '/api/admin/params/{templateId}': ['put'],
      '/api/admin/tokens': ['get', 'post'],
      '/api/admin/tokens/{id}': ['delete'],
      '/api/admin/tokens/bulk': ['post'],
      '/api/admin/review-settings': ['get', 'put'],
      '/api/admin/status': ['get'],
      '/api/admin/submissions/{id}/return': ['post'],
      '/api/admin/submissions/{id}/approve': ['post'],
      '/api/admin/summary': ['get'],
      '/api/admin/summary.xlsx': ['get'],
      '/api/admin/archive.zip': ['get'],
      '/api/admin/reminders': ['get'],
      '/api/admin/reminders.xlsx': ['get'],
    });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['ErrorEnvelope', 'Report', 'Grid', 'Submission', 'Unit', 'Period', 'Token', 'StatusCell', 'Summary', 'ReviewSettings', 'ReviewEvent', 'ReviewerRef']));
  });
});

describe('CORS', () => {
  it("allows the add-in's origin only", async () => {
    const withOrigin = { ...env, ADDIN_ORIGIN: 'https://addin.example' } as unknown as Env;
    const preflight = (origin: string) =>
      app.request('/api/submissions', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } }, withOrigin);
    const ok = await preflight('https://addin.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://addin.example');
    expect(ok.headers.get('access-control-allow-headers')).toBe('Authorization,Content-Type');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // The default configuration (same-origin only) allows no cross origin at all.
    const none = await call('OPTIONS', '/api/submissions', { headers: { origin: 'https://addin.example', 'access-control-request-method': 'POST' } });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });
});
