import { $, createRoute, z } from '@hono/zod-openapi';
import { attachment } from './templates.ts';
import type { Caller } from '../app-env.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { reviewEvents, reviewEventsOf } from '../db/reviews.ts';
import { getSubmission, listSubmissions } from '../db/submissions.ts';
import { fail } from '../http/errors.ts';
import { ledgerBody } from '../http/ledger-input.ts';
import { submissionNotFound, unitNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses, periodCodeSchema, reportRef } from '../http/schemas.ts';
import { listedSubmissionSchema, reviewEventSchema, reviewSchema, submissionSchema } from '../http/submission-schema.ts';
import { uploadLimit } from '../http/upload-limit.ts';
import { submitLedger } from '../ledger/submit-ledger.ts';
import { ledgerBodyContent } from './ledger-body.ts';
import type { Report } from '../../templates/model/issue.ts';
import { withMessages } from '../../templates/messages/with-messages.ts';

const unitCaller = (caller: Caller): Caller & { unitCode: string } => {
  if (caller.unitCode === null) throw fail(403, 'auth/forbidden', '本接口仅限填报单位使用');
  return caller as Caller & { unitCode: string };
};

/**
 * Whose versions a list shows: the office any unit it names (or all); a unit
 * its own, or — a reviewer — a unit of its subtree it names. A unit outside
 * the caller's subtree is not found, exactly like a code that does not exist.
 */
function listedUnit(caller: Caller, asked: string | undefined): string | undefined {
  if (caller.scope === null) return asked;
  if (asked === undefined) return caller.unitCode!;
  if (!caller.scope.codes.has(asked)) throw unitNotFound(asked);
  return asked;
}

const idParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }) });

const submitResultSchema = z.object({
  submission: z.object({ id: z.string(), version: z.number().int(), status: submissionSchema.shape.status, late: z.boolean(), review: reviewSchema, duplicateOf: z.number().int().nullable() }),
  report: reportRef,
});

const submitRoute = createRoute({
  method: 'post',
  path: '/',
  summary: '报送台账（单位令牌）：每次上传都是新版本',
  security: bearerSecurity,
  middleware: [requireAuth('unit'), uploadLimit()] as const,
  request: { body: { content: ledgerBodyContent('required'), required: false } },
  responses: {
    201: {
      description: '已保存的版本；status 为 rejected 时不计入汇总，请按报告修改后重新报送；review 为 pending 时待上级审核通过后计入汇总',
      content: { 'application/json': { schema: submitResultSchema } },
    },
    200: {
      description: '与本单位该台账的最新版本完全相同（sha256 一致）：未重复保存，返回该版本（duplicateOf 为其版本号）',
      content: { 'application/json': { schema: submitResultSchema } },
    },
    ...errorResponses(400, 401, 403, 404, 413, 422),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: '报送记录及各版本的审核记录：单位看本单位的全部版本；审核单位可用 unit 查看其下属单位的，管理员可按单位筛选',
  security: bearerSecurity,
  middleware: [requireAuth('unit', 'reviewer', 'admin')] as const,
  request: { query: z.object({ period: periodCodeSchema.optional(), templateId: z.string().optional(), unit: z.string().optional() }) },
  responses: {
    200: { description: '按期次、单位、模板、版本排序，每个版本附其审核记录', content: { 'application/json': { schema: z.object({ submissions: z.array(listedSubmissionSchema) }) } } },
    ...errorResponses(400, 401, 404),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/{id}',
  summary: '一次报送及其校验报告和审核记录（审核通过、退回：谁、何时、意见）',
  security: bearerSecurity,
  middleware: [requireAuth('unit', 'reviewer', 'admin')] as const,
  request: { params: idParam },
  responses: {
    200: {
      description: '报送记录、报告和审核记录（按时间先后）',
      content: { 'application/json': { schema: z.object({ submission: submissionSchema, report: reportRef, reviewEvents: z.array(reviewEventSchema) }) } },
    },
    ...errorResponses(401, 404),
  },
});

const fileRoute = createRoute({
  method: 'get',
  path: '/{id}/file',
  summary: '下载报送的原始文件',
  security: bearerSecurity,
  middleware: [requireAuth('unit', 'reviewer', 'admin')] as const,
  request: { params: idParam },
  responses: {
    200: { description: '原始 .xlsx', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses(401, 404),
  },
});

export const submissions = $(createRouter())
  .openapi(submitRoute, async (c) => {
    const caller = unitCaller(c.var.caller);
    const body = await ledgerBody(c, c.req.valid('form'), c.req.valid('json'));
    if (!body.templateId || !body.period) throw fail(400, 'request/invalid', '请指定模板（templateId）和报送期次（period）');
    const result = await submitLedger(c.env, caller, { templateId: body.templateId, period: body.period }, body.input, new Date());
    const { report, ...submission } = result;
    return c.json({ submission, report: withMessages(report) }, submission.duplicateOf === null ? 201 : 200);
  })
  .openapi(listRoute, async (c) => {
    const caller = c.var.caller;
    const q = c.req.valid('query');
    const unitCode = listedUnit(caller, q.unit);
    const list = await listSubmissions(c.env.DB, caller.org, {
      ...(unitCode !== undefined ? { unitCode } : {}),
      ...(q.period ? { periodCode: q.period } : {}),
      ...(q.templateId ? { templateId: q.templateId } : {}),
    });
    const events = await reviewEventsOf(c.env.DB, caller.org, list.map((s) => s.id));
    return c.json({ submissions: list.map((s) => ({ ...s, reviewEvents: events.get(s.id) ?? [] })) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { org, scope } = c.var.caller;
    const found = await getSubmission(c.env.DB, org, id, scope?.codes ?? null);
    if (!found) throw submissionNotFound(id);
    const { report, r2Key: _key, ...submission } = found;
    return c.json({ submission, report: withMessages(JSON.parse(report) as Report), reviewEvents: await reviewEvents(c.env.DB, org, id) }, 200);
  })
  .openapi(fileRoute, async (c) => {
    const { id } = c.req.valid('param');
    const found = await getSubmission(c.env.DB, c.var.caller.org, id, c.var.caller.scope?.codes ?? null);
    if (!found) throw submissionNotFound(id);
    if (!found.r2Key) throw fail(404, 'submission/no-file', '这次报送来自加载项表格，没有原始文件');
    const object = await c.env.FILES.get(found.r2Key);
    if (!object) throw fail(404, 'submission/file-missing', '原始文件已不在存储中，请联系管理员');
    const ascii = `${found.unitCode}-${found.templateId}-v${found.version}.xlsx`.replace(/[^\x20-\x7e]|"/g, '_');
    return c.body(object.body, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachment(ascii, found.fileName),
      'Cache-Control': 'private, no-store',
    });
  });
