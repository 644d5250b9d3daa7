import { $, createRoute, z } from '@hono/zod-openapi';
import { catalog, templateById } from '../../templates/catalog/index.ts';
import type { Params, TemplateDefinition } from '../../templates/model/definition.ts';
import { paramsSchema } from '../../templates/model/params-schema.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { orgParams, upsertParams } from '../db/params.ts';
import { fail } from '../http/errors.ts';
import { templateNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';

const templateParamsSchema = z
  .object({
    templateId: z.string(),
    name: z.string(),
    params: z.array(z.object({ key: z.string(), value: z.number(), default: z.number() })),
  })
  .openapi('TemplateParams');
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** Only templates with something to tune; the others have empty `defaults`. */
const tunable = catalog.filter((d) => Object.keys(d.defaults).length > 0);

const view = (def: TemplateDefinition, overrides: Params | undefined) => ({
  templateId: def.id,
  name: def.name,
  params: Object.entries(def.defaults).map(([key, dflt]) => ({ key, value: overrides?.[key] ?? dflt, default: dflt })),
});

const listRoute = createRoute({
  method: 'get', path: '/', summary: '模板参数（阈值、比例、分数段）：当前值与默认值', security: bearerSecurity,
  responses: { 200: json(z.object({ templates: z.array(templateParamsSchema) }), '按模板目录顺序'), ...errorResponses(401, 403) },
});

const updateRoute = createRoute({
  method: 'put', path: '/{templateId}', summary: '修改一个模板的参数（只改给出的键，其余不变）', security: bearerSecurity,
  request: {
    params: z.object({ templateId: z.string().openapi({ param: { name: 'templateId', in: 'path' } }) }),
    body: {
      required: true,
      // Only the shape here: the allowed range depends on the template and the key (each definition's paramSpec).
      content: { 'application/json': { schema: z.record(z.string(), z.number().finite()).openapi({ example: { flagThreshold: 0.3 } }) } },
    },
  },
  responses: { 200: json(z.object({ template: templateParamsSchema }), '已修改'), ...errorResponses(400, 401, 403, 404) },
});

export const adminParams = $(createRouter().use(requireAuth('admin')))
  .openapi(listRoute, async (c) => {
    const current = await orgParams(c.env.DB, c.var.caller.org);
    return c.json({ templates: tunable.map((d) => view(d, current[d.id])) }, 200);
  })
  .openapi(updateRoute, async (c) => {
    const { org } = c.var.caller;
    const { templateId } = c.req.valid('param');
    const body = c.req.valid('json');
    const def = templateById(templateId);
    if (!def) throw templateNotFound(templateId);
    const allowed = Object.keys(def.defaults);
    const given = Object.keys(body);
    if (given.length === 0) throw fail(400, 'params/empty', `请至少提供一个参数；模板“${def.name}”可设置的参数：${allowed.join('、') || '（无）'}`);
    const unknown = given.filter((k) => !allowed.includes(k));
    if (unknown.length > 0)
      throw fail(400, 'params/unknown-key', `模板“${def.name}”没有参数“${unknown.join('、')}”；可设置的参数：${allowed.join('、') || '（无）'}`, { unknown, allowed });
    // Judged as a whole set: goodMin = 85 is fine or not depending on the stored advancedMin.
    const merged = { ...def.defaults, ...(await orgParams(c.env.DB, org))[templateId], ...body };
    const checked = paramsSchema(def.paramSpec ?? { ranges: {} }, new Set(given)).safeParse(merged);
    if (!checked.success) {
      const details = checked.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      throw fail(400, 'params/out-of-range', `参数不合理，未修改：${details.map((d) => d.message).join('；')}`, details);
    }
    await upsertParams(c.env.DB, org, templateId, body, new Date().toISOString());
    return c.json({ template: view(def, (await orgParams(c.env.DB, org))[templateId]) }, 200);
  });
