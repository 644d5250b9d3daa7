import { $, createRoute, z } from '@hono/zod-openapi';
import { templateById } from '../../templates/catalog/index.ts';
import { periodRange } from '../../templates/model/period.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses, periodCodeSchema } from '../http/schemas.ts';
import { reviewerRefSchema, reviewSchema } from '../http/submission-schema.ts';
import { SLOT_STATES } from '../ledger/status-matrix.ts';
import { loadBoard } from '../ledger/load-board.ts';

const cellSchema = z
  .object({
    unitCode: z.string(), templateId: z.string(),
    state: z.enum(SLOT_STATES), label: z.string(),
    submissionId: z.string().nullable(), version: z.number().int().nullable(), submittedAt: z.string().nullable(),
    errors: z.number().int().nullable(), warnings: z.number().int().nullable(), returnComment: z.string().nullable(),
    returnedBy: reviewerRefSchema.openapi({ description: '退回的单位；机关党委退回或未退回时为 null' }), review: reviewSchema,
    nilReturn: z.boolean(), expected: z.boolean(),
    rejectedAfter: z.object({ id: z.string(), version: z.number().int(), errors: z.number().int() }).nullable(),
  })
  .openapi('StatusCell');

const statusRoute = createRoute({
  method: 'get', path: '/', summary: '报送情况：单位 × 模板（按时报送 / 逾期报送 / 待审核 / 未报送 / 已退回 / 已拒收）；审核单位只看到本单位及其下属单位', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: { query: z.object({ period: periodCodeSchema }) },
  responses: {
    200: {
      description: '该期次设置了的模板 × 全部单位（审核单位：其下属单位，本单位在最上层）',
      content: {
        'application/json': {
          schema: z.object({
            period: z.object({ code: z.string(), label: z.string() }),
            templates: z.array(z.object({ id: z.string(), name: z.string(), opens: z.string(), due: z.string() })),
            units: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
            cells: z.array(cellSchema),
          }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const adminStatus = $(createRouter()).openapi(statusRoute, async (c) => {
  const { org, scope } = c.var.caller;
  const { period } = c.req.valid('query');
  const { units, periods, cells } = await loadBoard(c.env.DB, org, period, scope);
  return c.json(
    {
      period: { code: period, label: periodRange(period)?.label ?? period },
      templates: periods.map((p) => ({ id: p.templateId, name: templateById(p.templateId)?.name ?? p.templateId, opens: p.opens, due: p.due })),
      units: units.map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode })),
      cells,
    },
    200,
  );
});
