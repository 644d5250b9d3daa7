import { $, createRoute, z } from '@hono/zod-openapi';
import { catalog, templateById } from '../../templates/catalog/index.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { reviewedLedgers, setReviewedLedgers } from '../db/reviews.ts';
import { fail } from '../http/errors.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';

const settingsSchema = z
  .object({
    templateIds: z.array(z.string()).openapi({ description: '须逐级审核的台账（模板编号，按模板目录顺序）' }),
  })
  .openapi('ReviewSettings');
const json = (description: string) => ({ description, content: { 'application/json': { schema: settingsSchema } } });

/** In the catalog's order, as every screen lists ledgers. */
const inCatalogOrder = (ids: ReadonlySet<string>): string[] => catalog.filter((d) => ids.has(d.id)).map((d) => d.id);

const getRoute = createRoute({
  method: 'get', path: '/', summary: '逐级审核设置：哪些台账须经上级审核通过后才计入汇总', security: bearerSecurity,
  responses: { 200: json('当前设置'), ...errorResponses(401, 403) },
});

const putRoute = createRoute({
  method: 'put', path: '/', summary: '修改逐级审核设置（整体替换）。新报送的版本按新设置判定；取消审核的台账，其待审核版本随即计入汇总', security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: settingsSchema } } } },
  responses: { 200: json('已修改'), ...errorResponses(400, 401, 403) },
});

export const adminReviewSettings = $(createRouter().use(requireAuth('admin')))
  .openapi(getRoute, async (c) => c.json({ templateIds: inCatalogOrder(await reviewedLedgers(c.env.DB, c.var.caller.org)) }, 200))
  .openapi(putRoute, async (c) => {
    const { org } = c.var.caller;
    const asked = new Set(c.req.valid('json').templateIds);
    const unknown = [...asked].filter((id) => !templateById(id));
    if (unknown.length > 0) {
      throw fail(400, 'review/unknown-template', `没有这种台账：${unknown.join('、')}；可用的模板编号见 GET /api/templates`, { unknown });
    }
    await setReviewedLedgers(c.env.DB, org, [...asked], new Date().toISOString(), c.var.caller.tokenId);
    return c.json({ templateIds: inCatalogOrder(await reviewedLedgers(c.env.DB, org)) }, 200);
  });
