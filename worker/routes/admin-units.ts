import { $, createRoute, z } from '@hono/zod-openapi';
import { readWorkbook } from '../../templates/xlsx/read-workbook.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { getUnit, insertUnit, listUnits, upsertUnits, type Unit } from '../db/units.ts';
import { fail } from '../http/errors.ts';
import { unitNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import { unitCodeSchema, unitFieldsSchema, unitSchema } from '../http/unit-schema.ts';
import { uploadLimit } from '../http/upload-limit.ts';
import { refuse } from '../ledger/refusal.ts';
import { refusalReport } from '../../templates/read/issue-sink.ts';
import { blankToNull } from '../../templates/units/unit-fields.ts';
import { readUnitList } from '../../templates/units/unit-list.ts';
import { createsCycle } from '../../templates/units/unit-tree.ts';
import { writeUnitListTemplate } from '../units/write-unit-list-template.ts';
import { attachment } from './templates.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const codeParam = z.object({ code: unitCodeSchema.openapi({ param: { name: 'code', in: 'path' } }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const parentsOf = async (db: D1Database, org: string) => new Map((await listUnits(db, org)).map((u) => [u.code, u.parentCode]));

const cycle = (code: string, parentCode: string | null) =>
  fail(409, 'unit/cycle', `上级单位“${parentCode}”是单位“${code}”本身或其下级，不能作为上级`);

/**
 * A parent must exist and must not sit below the unit itself. Checked here for
 * a clear answer; the write itself re-checks the loop atomically (db/units.ts),
 * since a concurrent request may move a unit between this read and the write.
 */
async function checkParent(db: D1Database, org: string, code: string, parentCode: string | null): Promise<void> {
  if (parentCode === null) return;
  const parents = await parentsOf(db, org);
  if (!parents.has(parentCode)) throw unitNotFound(parentCode);
  if (createsCycle(parents, code, parentCode)) throw cycle(code, parentCode);
}

type UnitFields = z.infer<typeof unitFieldsSchema>;
const toUnit = (code: string, body: UnitFields): Unit => ({
  code, name: body.name, parentCode: body.parentCode ?? null, members: body.members, teams: body.teams, branches: body.branches,
  contactName: blankToNull(body.contactName), contactPhone: blankToNull(body.contactPhone),
});

const listRoute = createRoute({
  method: 'get', path: '/', summary: '单位列表', security: bearerSecurity,
  responses: { 200: json(z.object({ units: z.array(unitSchema) }), '按单位编码排序'), ...errorResponses(401, 403) },
});

const createUnitRoute = createRoute({
  method: 'post', path: '/', summary: '新建单位', security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: unitFieldsSchema.extend({ code: unitCodeSchema }) } } } },
  responses: { 201: json(z.object({ unit: unitSchema }), '已新建'), ...errorResponses(400, 401, 403, 404, 409) },
});

const updateRoute = createRoute({
  method: 'put', path: '/{code}', summary: '修改单位（按编码）', security: bearerSecurity,
  request: { params: codeParam, body: { required: true, content: { 'application/json': { schema: unitFieldsSchema } } } },
  responses: { 200: json(z.object({ unit: unitSchema }), '已修改'), ...errorResponses(400, 401, 403, 404, 409) },
});

const problemSchema = z.object({ sheet: z.string(), cell: z.string().optional(), message: z.string() });
const importRoute = createRoute({
  method: 'post', path: '/import', summary: '从单位名单 .xlsx 导入（按编码新增或更新；有任何错误则一条也不导入）', security: bearerSecurity,
  middleware: [uploadLimit()] as const,
  request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }) } } } },
  responses: {
    200: json(z.object({ imported: z.number().int(), created: z.number().int(), updated: z.number().int() }), '已导入'),
    ...errorResponses(400, 401, 403, 413, 422),
  },
});

const templateRoute = createRoute({
  method: 'get', path: '/template.xlsx', summary: '下载单位名单模板', security: bearerSecurity,
  responses: { 200: { description: '空白单位名单', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses(401, 403) },
});

export const adminUnits = $(createRouter().use(requireAuth('admin')))
  .openapi(listRoute, async (c) => c.json({ units: await listUnits(c.env.DB, c.var.caller.org) }, 200))
  .openapi(templateRoute, async (c) =>
    c.body(await writeUnitListTemplate(), 200, { 'Content-Type': XLSX, 'Content-Disposition': attachment('units.xlsx', '单位名单.xlsx') }),
  )
  .openapi(createUnitRoute, async (c) => {
    const { org } = c.var.caller;
    const body = c.req.valid('json');
    const exists = () => fail(409, 'unit/exists', `单位编码“${body.code}”已存在，如需修改请用 PUT`);
    if (await getUnit(c.env.DB, org, body.code)) throw exists();
    const unit = toUnit(body.code, body);
    await checkParent(c.env.DB, org, unit.code, unit.parentCode);
    const written = await insertUnit(c.env.DB, org, unit, new Date().toISOString());
    if (written === 'exists') throw exists();
    if (written === 'loop') throw cycle(unit.code, unit.parentCode);
    return c.json({ unit: (await getUnit(c.env.DB, org, unit.code))! }, 201);
  })
  .openapi(updateRoute, async (c) => {
    const { org } = c.var.caller;
    const { code } = c.req.valid('param');
    const body = c.req.valid('json');
    if (!(await getUnit(c.env.DB, org, code))) throw unitNotFound(code);
    const unit = toUnit(code, body);
    await checkParent(c.env.DB, org, code, unit.parentCode);
    if ((await upsertUnits(c.env.DB, org, [unit], new Date().toISOString())) === 'loop') throw cycle(code, unit.parentCode);
    return c.json({ unit: (await getUnit(c.env.DB, org, code))! }, 200);
  })
  .openapi(importRoute, async (c) => {
    const { org } = c.var.caller;
    const { file } = c.req.valid('form');
    const read = readWorkbook(new Uint8Array(await file.arrayBuffer()), { fileName: file.name || 'units.xlsx' });
    if (!read.ok) throw refuse(refusalReport(read.issue));
    const existing = await parentsOf(c.env.DB, org);
    const result = readUnitList(read.grid, existing);
    if (result.problems.length > 0) {
      throw fail(422, 'units/invalid', `单位名单有 ${result.problems.length} 处问题，未导入任何单位：${result.problems[0]!.message}`, result.problems);
    }
    if ((await upsertUnits(c.env.DB, org, result.units, new Date().toISOString())) === 'loop')
      throw fail(409, 'unit/cycle', '导入期间单位的上下级关系被同时修改，导入会使某个单位成为自己的下级，未导入任何单位；请刷新后重新导入');
    const created = result.units.filter((u) => !existing.has(u.code)).length;
    return c.json({ imported: result.units.length, created, updated: result.units.length - created }, 200);
  });
