import { env } from 'cloudflare:workers';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/auth/token-hash.ts';
import { insertUnitTokensWhereNone } from '../../worker/db/tokens.ts';
import { call, ORG, seedOrg, seedToken, seedUnit, seedWorld, TOKENS } from './helpers.ts';

beforeEach(async () => {
  // ROOT has no token, A and B have one each (and A a revoked one), C is new.
  await seedWorld();
  await seedUnit('C', '市财政局机关党委', 'ROOT');
});

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

async function sheetRows(res: Response): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.getWorksheet('单位令牌')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('POST /api/admin/tokens/bulk', () => {
  it('issues a token for every unit without an active one and hands them out as an xlsx', async () => {
    // B's only token is taken back, so B needs a new one; A keeps its active token and gets none.
    const listed = ((await (await call('GET', '/api/admin/tokens', { token: TOKENS.admin })).json()) as { tokens: { id: string; unitCode: string | null; revokedAt: string | null }[] }).tokens;
    const ofB = listed.find((t) => t.unitCode === 'B' && t.revokedAt === null)!;
    expect((await call('DELETE', `/api/admin/tokens/${ofB.id}`, { token: TOKENS.admin })).status).toBe(200);

    const res = await call('POST', '/api/admin/tokens/bulk', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="unit-tokens-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%E5%8D%95%E4%BD%8D%E4%BB%A4%E7%89%8C-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await sheetRows(res);
    expect(rows[0]).toEqual(['台账通单位访问令牌']);
    expect(String(rows[1]![0])).toMatch(/^签发时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}　共 3 个单位。令牌只在本表中出现这一次/);
    expect(rows[2]).toEqual(['单位编码', '单位名称', '令牌', '签发时间']);
    const lines = rows.slice(3);
    expect(lines.map((r) => [r[0], r[1]])).toEqual([['B', '市统计局机关党委'], ['C', '市财政局机关党委'], ['ROOT', '市直机关党委']]);
    expect(lines.every((r) => /^tzt_[A-Za-z0-9_-]{43}$/.test(String(r[2])) && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(String(r[3])))).toBe(true);

    // Each token in the file is that unit's, and works.
    for (const [code, , token] of lines) {
      const me = await call('GET', '/api/me', { token: String(token) });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { unit: { code: string } }).unit.code).toBe(code);
    }
    const stored = await env.DB.prepare("SELECT unit_code, label FROM tokens WHERE label = '批量签发' ORDER BY unit_code").all<{ unit_code: string }>();
    expect(stored.results.map((r) => r.unit_code)).toEqual(['B', 'C', 'ROOT']);
    // A still has exactly one active token.
    const activeOfA = await env.DB.prepare("SELECT COUNT(*) AS n FROM tokens WHERE unit_code = 'A' AND revoked_at IS NULL").first<{ n: number }>();
    expect(activeOfA!.n).toBe(1);
  });

  it('refuses a second run when every unit has a token, and an organisation without units, in Chinese', async () => {
    expect((await call('POST', '/api/admin/tokens/bulk', { token: TOKENS.admin })).status).toBe(200);
    const again = await call('POST', '/api/admin/tokens/bulk', { token: TOKENS.admin });
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toEqual({ code: 'tokens/none-needed', message: '所有单位都已有有效令牌，未签发新令牌。某单位的令牌遗失时，请先收回它的令牌，再为它签发。' });

    await seedOrg('empty');
    await seedToken('tzt_empty_admin', 'admin', null, 'empty');
    const none = await call('POST', '/api/admin/tokens/bulk', { token: 'tzt_empty_admin' });
    expect(none.status).toBe(409);
    expect(await errorOf(none)).toEqual({ code: 'units/none', message: '还没有任何单位，请先导入单位名单或新增单位。' });
  });

  it('skips a unit that got an active token between listing and writing', async () => {
    const entry = async (unitCode: string) => ({ id: crypto.randomUUID(), unitCode, hash: await sha256Hex(`tzt_race_${unitCode}`) });
    const a = await entry('A');
    const c = await entry('C');
    const inserted = await insertUnitTokensWhereNone(env.DB, ORG, [a, c], '批量签发', '2026-03-01T00:00:00.000Z');
    expect([...inserted]).toEqual([c.id]);
  });
});
