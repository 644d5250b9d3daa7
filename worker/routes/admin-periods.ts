import { $, createRoute, z } from '@hono/zod-openapi';
import { templateById } from '../../templates/catalog/index.ts';
import { defaultPeriodWindow } from '../../templates/model/period-defaults.ts';
import { periodRange } from '../../templates/model/period.ts';
import { parseDate } from '../../templates/normalize/date.ts';
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

const badOrder = (w: { opens: string; due: string }) => {
  const message = `开始报送日期（${w.opens}）不能晚于截止日期（${w.due}）`;
  return fail(400, 'period/dates', message, [{ path: 'opens', message }]);
};

/** Each value gets one message: a value of the wrong shape is not also told it is not a real date. */
const shapeOk = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;

/** A date that exists on the calendar: 「2031-99-99」 and 「2026-02-30」 have the right shape and are still refused. */
const calendarDate = (label: string) =>
  isoDateSchema.refine((s) => {
    const read = parseDate(s, '');
    return read.ok && read.value === s;
  }, { error: (iss) => `${label}“${String(iss.input)}”不是实际存在的日期，请填写如 2026-07-15 的日期`, when: shapeOk });
const opensSchema = calendarDate('开始报送日期');
const dueSchema = calendarDate('截止日期');

/** Years a reporting period can be in; 0001H1 has the right shape but no ledger. */
const YEARS = { min: 2000, max: 2099 };
const periodCode = periodCodeSchema.refine((code) => {
  const year = Number(code.slice(0, 4));
  return year >= YEARS.min && year <= YEARS.max;
}, { error: `期次年份应在 ${YEARS.min} 到 ${YEARS.max} 之间`, when: shapeOk });

const listRoute = createRoute({
  method: 'get', path: '/', summary: '报送期次列表', security: bearerSecurity,
  request: { query: z.object({ code: periodCodeSchema.optional() }) },
  responses: { 200: json(z.object({ periods: z.array(periodSchema) }), '按期次倒序、模板排序'), ...errorResponses(400, 401, 403) },
});

const createPeriodRoute = createRoute({
  method: 'post', path: '/', summary: '设置报送期次（开始和截止日期缺省时按半年度默认：上半年 7月15日、下半年次年 1月15日）', security: bearerSecurity,
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ templateId: z.string().min(1), code: periodCode, opens: opensSchema.optional(), due: dueSchema.optional() }) } } },
  },
  responses: { 201: json(z.object({ period: periodSchema }), '已设置'), ...errorResponses(400, 401, 403, 404, 409) },
});

const slotParams = z.object({
  templateId: z.string().openapi({ param: { name: 'templateId', in: 'path' } }),
  code: periodCodeSchema.openapi({ param: { name: 'code', in: 'path' } }),
});
const updateRoute = createRoute({
  method: 'put', path: '/{templateId}/{code}', summary: '修改报送期次的开始或截止日期', security: bearerSecurity,
  request: { params: slotParams, body: { required: true, content: { 'application/json': { schema: z.object({ opens: opensSchema.optional(), due: dueSchema.optional() }) } } } },
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
    if (window.opens > window.due) throw badOrder(window);
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
    if (window.opens > window.due) throw badOrder(window);
    await updatePeriod(c.env.DB, org, templateId, code, window, new Date().toISOString());
    return c.json({ period: withLabel((await getPeriod(c.env.DB, org, templateId, code))!) }, 200);
  });
