import { $, createRoute, z } from '@hono/zod-openapi';
import { templateById } from '../../templates/catalog/index.ts';
import { defaultPeriodWindow } from '../../templates/model/period-defaults.ts';
import { periodRange } from '../../templates/model/period.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { getPeriod, insertPeriod, listPeriods, updatePeriod, type PeriodRecord } from '../db/periods.ts';
import { fail } from '../http/errors.ts';
import { periodNotFound, templateNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses, isoDateSchema, periodCodeSchema } from '../http/schemas.ts';

const periodSchema = z
  .object({ templateId: z.string(), code: z.string(), label: z.string(), opens: z.string(), due: z.string(), createdAt: z.string(), updatedAt: z.string() })
  .openapi('Period');
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const withLabel = (p: PeriodRecord) => ({ ...p, label: periodRange(p.code)?.label ?? p.code });

const badOrder = () => fail(400, 'period/dates', '开始报送日期不能晚于截止日期');

const listRoute = createRoute({
  method: 'get', path: '/', summary: '报送期次列表', security: bearerSecurity,
  request: { query: z.object({ code: periodCodeSchema.optional() }) },
  responses: { 200: json(z.object({ periods: z.array(periodSchema) }), '按期次倒序、模板排序'), ...errorResponses(400, 401, 403) },
});

const createPeriodRoute = createRoute({
  method: 'post', path: '/', summary: '设置报送期次（开始和截止日期缺省时按半年度默认：上半年 7月15日、下半年次年 1月15日）', security: bearerSecurity,
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ templateId: z.string().min(1), code: periodCodeSchema, opens: isoDateSchema.optional(), due: isoDateSchema.optional() }) } } },
  },
  responses: { 201: json(z.object({ period: periodSchema }), '已设置'), ...errorResponses(400, 401, 403, 404, 409) },
});

const slotParams = z.object({
  templateId: z.string().openapi({ param: { name: 'templateId', in: 'path' } }),
  code: periodCodeSchema.openapi({ param: { name: 'code', in: 'path' } }),
});
const updateRoute = createRoute({
  method: 'put', path: '/{templateId}/{code}', summary: '修改报送期次的开始或截止日期', security: bearerSecurity,
  request: { params: slotParams, body: { required: true, content: { 'application/json': { schema: z.object({ opens: isoDateSchema.optional(), due: isoDateSchema.optional() }) } } } },
  responses: { 200: json(z.object({ period: periodSchema }), '已修改'), ...errorResponses(400, 401, 403, 404) },
});

export const adminPeriods = $(createRouter().use(requireAuth('admin')))
  .openapi(listRoute, async (c) => {
    const { code } = c.req.valid('query');
    return c.json({ periods: (await listPeriods(c.env.DB, c.var.caller.org, code)).map(withLabel) }, 200);
  })
  .openapi(createPeriodRoute, async (c) => {
    const { org } = c.var.caller;
    const body = c.req.valid('json');
    if (!templateById(body.templateId)) throw templateNotFound(body.templateId);
    const defaults = defaultPeriodWindow(body.code)!;
    const window = { opens: body.opens ?? defaults.opens, due: body.due ?? defaults.due };
    if (window.opens > window.due) throw badOrder();
    const created = await insertPeriod(c.env.DB, org, { templateId: body.templateId, code: body.code, ...window }, new Date().toISOString());
    if (!created) throw fail(409, 'period/exists', `模板“${body.templateId}”的期次“${body.code}”已设置，如需修改请用 PUT`);
    return c.json({ period: withLabel((await getPeriod(c.env.DB, org, body.templateId, body.code))!) }, 201);
  })
  .openapi(updateRoute, async (c) => {
    const { org } = c.var.caller;
    const { templateId, code } = c.req.valid('param');
    const body = c.req.valid('json');
    const current = await getPeriod(c.env.DB, org, templateId, code);
    if (!current) throw periodNotFound(templateId, code);
    const window = { opens: body.opens ?? current.opens, due: body.due ?? current.due };
    if (window.opens > window.due) throw badOrder();
    await updatePeriod(c.env.DB, org, templateId, code, window, new Date().toISOString());
    return c.json({ period: withLabel((await getPeriod(c.env.DB, org, templateId, code))!) }, 200);
  });
