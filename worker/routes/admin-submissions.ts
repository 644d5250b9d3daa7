import { $, createRoute, z } from '@hono/zod-openapi';
import type { Caller } from '../app-env.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { approveSubmission, returnSubmission } from '../db/reviews.ts';
import { getSubmission } from '../db/submissions.ts';
import { fail } from '../http/errors.ts';
import { submissionNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import { submissionSchema } from '../http/submission-schema.ts';
import { actingReviewer } from '../ledger/review-authority.ts';

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const done = (description: string) => ({ description, content: { 'application/json': { schema: z.object({ submission: submissionSchema }) } } });

const returnRoute = createRoute({
  method: 'post', path: '/{id}/return', summary: '退回重填（机关党委，或上级审核单位退回其下属单位的台账）：该单位须重新报送', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: {
    params: idParam,
    body: { required: true, content: { 'application/json': { schema: z.object({ comment: z.string().trim().min(1, '请填写退回意见').max(2000) }) } } },
  },
  responses: { 200: done('已退回'), ...errorResponses(400, 401, 403, 404, 409) },
});

const approveRoute = createRoute({
  method: 'post', path: '/{id}/approve', summary: '审核通过（逐级审核）：机关党委或上级审核单位通过其下属单位待审核的台账，此后计入汇总', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: {
    params: idParam,
    body: { required: false, content: { 'application/json': { schema: z.object({ comment: z.string().trim().max(2000).optional() }) } } },
  },
  responses: { 200: done('已审核通过'), ...errorResponses(400, 401, 403, 404, 409) },
});

/**
 * The version as the caller may see it (404 outside a reviewer's subtree,
 * exactly as for an id that does not exist) and who acts on it.
 */
async function target(db: D1Database, caller: Caller, id: string): Promise<string | null> {
  const found = await getSubmission(db, caller.org, id, caller.scope?.codes ?? null);
  if (!found) throw submissionNotFound(id);
  return actingReviewer(caller, found.unitCode);
}

/** The version as it now stands. */
async function answer(db: D1Database, org: string, id: string) {
  const { report: _report, r2Key: _key, ...submission } = (await getSubmission(db, org, id, null))!;
  return { submission };
}

export const adminSubmissions = $(createRouter())
  .openapi(returnRoute, async (c) => {
    const { caller } = c.var;
    const { id } = c.req.valid('param');
    const { comment } = c.req.valid('json');
    const by = await target(c.env.DB, caller, id);
    const returned = await returnSubmission(c.env.DB, { org: caller.org, submissionId: id, byUnitCode: by, tokenId: caller.tokenId, at: new Date().toISOString(), comment });
    if (!returned) throw fail(409, 'submission/not-returnable', '只能退回该单位当前的版本（已计入汇总或待审核的；已退回、未通过或已有新版本的不能再退回）');
    return c.json(await answer(c.env.DB, caller.org, id), 200);
  })
  .openapi(approveRoute, async (c) => {
    const { caller } = c.var;
    const { id } = c.req.valid('param');
    const comment = c.req.valid('json').comment || null;
    const by = await target(c.env.DB, caller, id);
    const approved = await approveSubmission(c.env.DB, { org: caller.org, submissionId: id, byUnitCode: by, tokenId: caller.tokenId, at: new Date().toISOString(), comment });
    if (!approved) throw fail(409, 'submission/not-approvable', '只能审核通过该单位当前待审核的版本（无需审核、已审核通过、已退回或已有新版本的不能审核）');
    return c.json(await answer(c.env.DB, caller.org, id), 200);
  });
