import { $, createRoute, z } from '@hono/zod-openapi';
import { requireAuth } from '../auth/require-auth.ts';
import { getSubmission, returnSubmission } from '../db/submissions.ts';
import { fail } from '../http/errors.ts';
import { submissionNotFound } from '../http/not-found.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import { submissionSchema } from '../http/submission-schema.ts';

const returnRoute = createRoute({
  method: 'post', path: '/{id}/return', summary: '退回重填：该单位须重新报送', security: bearerSecurity,
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }),
    body: { required: true, content: { 'application/json': { schema: z.object({ comment: z.string().trim().min(1, '请填写退回意见').max(2000) }) } } },
  },
  responses: {
    200: { description: '已退回', content: { 'application/json': { schema: z.object({ submission: submissionSchema }) } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export const adminSubmissions = $(createRouter().use(requireAuth('admin'))).openapi(returnRoute, async (c) => {
  const { org } = c.var.caller;
  const { id } = c.req.valid('param');
  const { comment } = c.req.valid('json');
  if (!(await getSubmission(c.env.DB, org, id, null))) throw submissionNotFound(id);
  if (!(await returnSubmission(c.env.DB, org, id, comment, new Date().toISOString()))) {
    throw fail(409, 'submission/not-returnable', '只能退回该单位当前计入汇总的版本（已退回、未通过或已有新版本的不能再退回）');
  }
  const { report: _report, r2Key: _key, ...submission } = (await getSubmission(c.env.DB, org, id, null))!;
  return c.json({ submission }, 200);
});
