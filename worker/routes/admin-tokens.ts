import { $, createRoute, z } from '@hono/zod-openapi';
import { requireAuth } from '../auth/require-auth.ts';
import { newTokenPlaintext, sha256Hex } from '../auth/token-hash.ts';
import { insertToken, listTokens, revokeToken } from '../db/tokens.ts';
import { getUnit } from '../db/units.ts';
import { fail } from '../http/errors.ts';
import { unitNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';

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
  responses: { 200: json(z.object({ record: tokenSchema }), '已收回'), ...errorResponses(401, 403, 404) },
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
    const record = await revokeToken(c.env.DB, c.var.caller.org, id, new Date().toISOString());
    if (!record) throw fail(404, 'token/not-found', `未找到令牌“${id}”`);
    return c.json({ record }, 200);
  });
