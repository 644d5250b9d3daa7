import { $, createRoute, z } from '@hono/zod-openapi';
import { requireAuth } from '../auth/require-auth.ts';
import { newTokenPlaintext, sha256Hex } from '../auth/token-hash.ts';
import { localTime } from '../../templates/summary/sheets/status.ts';
import { chinaDate } from '../../templates/model/china-time.ts';
import { writeTokenList } from '../../templates/xlsx/write-token-list.ts';
import { insertToken, insertUnitTokensWhereNone, listTokens, revokeToken, unitTokenCoverage } from '../db/tokens.ts';
import { getUnit } from '../db/units.ts';
import { fail } from '../http/errors.ts';
import { unitNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import { attachment } from './templates.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The label of every token of a one-click issue, so the list shows where it came from. */
const BULK_LABEL = '批量签发';

const tokenSchema = z
  .object({ id: z.string(), kind: z.enum(['admin', 'unit']), unitCode: z.string().nullable(), label: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })
  .openapi('Token');
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const issueBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('admin'), label: z.string().max(100).optional() }),
  z.object({ kind: z.literal('unit'), unitCode: z.string().min(1), label: z.string().max(100).optional() }),
]);

const listRoute = createRoute({
  method: 'get', path: '/', summary: '令牌列表（不含令牌本身）', security: bearerSecurity,
  responses: { 200: json(z.object({ tokens: z.array(tokenSchema) }), '按签发时间排序'), ...errorResponses(401, 403) },
});
const issueRoute = createRoute({
  method: 'post', path: '/', summary: '签发令牌：明文只在此返回一次', security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: issueBody } } } },
  responses: { 201: json(z.object({ token: z.string(), record: tokenSchema }), '新令牌'), ...errorResponses(400, 401, 403, 404) },
});
const revokeRoute = createRoute({
  method: 'delete', path: '/{id}', summary: '收回令牌（记录保留）', security: bearerSecurity,
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: json(z.object({ record: tokenSchema }), '已收回'), ...errorResponses(401, 403, 404, 409) },
});

const bulkRoute = createRoute({
  method: 'post', path: '/bulk', summary: '为尚无有效令牌的每个单位签发令牌，以 .xlsx 返回（单位编码、单位名称、令牌、签发时间；明文只在此文件中出现一次）', security: bearerSecurity,
  responses: {
    200: { description: '单位令牌工作簿', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses(401, 403, 409),
  },
});

export const adminTokens = $(createRouter().use(requireAuth('admin')))
  .openapi(listRoute, async (c) => c.json({ tokens: await listTokens(c.env.DB, c.var.caller.org) }, 200))
  .openapi(issueRoute, async (c) => {
    const { org } = c.var.caller;
    const body = c.req.valid('json');
    const unitCode = body.kind === 'unit' ? body.unitCode : null;
    if (unitCode !== null && !(await getUnit(c.env.DB, org, unitCode))) throw unitNotFound(unitCode);
    const token = newTokenPlaintext();
    const record = { id: crypto.randomUUID(), kind: body.kind, unitCode, label: body.label ?? (unitCode ?? '管理员'), createdAt: new Date().toISOString(), revokedAt: null };
    await insertToken(c.env.DB, { ...record, org, hash: await sha256Hex(token) });
    return c.json({ token, record }, 201);
  })
  .openapi(revokeRoute, async (c) => {
    const { id } = c.req.valid('param');
    // Revoking the token in hand would lock the office out mid-click, possibly with no other admin token left.
    if (id === c.var.caller.tokenId) throw fail(409, 'token/in-use', '不能收回正在使用的令牌：请先用另一个管理员令牌连接，再收回这一个。');
    const record = await revokeToken(c.env.DB, c.var.caller.org, id, new Date().toISOString());
    if (!record) throw fail(404, 'token/not-found', `未找到令牌“${id}”`);
    return c.json({ record }, 200);
  })
  .openapi(bulkRoute, async (c) => {
    const { org } = c.var.caller;
    const coverage = await unitTokenCoverage(c.env.DB, org);
    const units = coverage.without;
    if (units.length === 0) {
      throw coverage.units > 0
        ? fail(409, 'tokens/none-needed', '所有单位都已有有效令牌，未签发新令牌。某单位的令牌遗失时，请先收回它的令牌，再为它签发。')
        : fail(409, 'units/none', '还没有任何单位，请先导入单位名单或新增单位。');
    }
    const now = new Date();
    const issued = await Promise.all(units.map(async (u) => {
      const token = newTokenPlaintext();
      return { ...u, id: crypto.randomUUID(), token, hash: await sha256Hex(token) };
    }));
    const inserted = await insertUnitTokensWhereNone(c.env.DB, org, issued.map((t) => ({ id: t.id, unitCode: t.code, hash: t.hash })), BULK_LABEL, now.toISOString());
    const issuedAt = localTime(now.toISOString());
    const lines = issued.filter((t) => inserted.has(t.id)).map((t) => ({ unitCode: t.code, unitName: t.name, token: t.token, issuedAt }));
    const bytes = await writeTokenList('台账通单位访问令牌', `签发时间：${issuedAt}　共 ${lines.length} 个单位。令牌只在本表中出现这一次，请逐一交给各单位，分发后妥善保管或销毁本表。`, lines, now);
    const day = chinaDate(now);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX,
      'Content-Disposition': attachment(`unit-tokens-${day}.xlsx`, `单位令牌-${day}.xlsx`),
      'Cache-Control': 'private, no-store',
    });
  });
