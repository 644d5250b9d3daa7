import { $, createRoute, z } from '@hono/zod-openapi';
import { templateById } from '../../templates/catalog/index.ts';
import { periodRange } from '../../templates/model/period.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { isReviewer } from '../auth/scope.ts';
import { listPeriods } from '../db/periods.ts';
import { getUnit } from '../db/units.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';

const meSchema = z
  .object({
    kind: z.enum(['admin', 'unit']),
    label: z.string(),
    unit: z.object({ code: z.string(), name: z.string() }).nullable(),
    /**
     * Set when the unit has sub-units: it reviews its subtree (逐级审核) and may
     * use the office's screens scoped to it — board, 催报, summary, archive,
     * returning and approving its sub-units' ledgers.
     */
    reviewer: z
      .object({ root: z.object({ code: z.string(), name: z.string() }), units: z.number().int().openapi({ description: '本单位及其全部下属单位的个数' }) })
      .nullable(),
    /** Every slot the office has set, newest period first: what a unit may report and the office may watch. */
    periods: z.array(z.object({ templateId: z.string(), templateName: z.string(), code: z.string(), label: z.string(), opens: z.string(), due: z.string() })),
  })
  .openapi('Me');

const meRoute = createRoute({
  method: 'get', path: '/', summary: '当前令牌是谁：管理员或哪个单位（有下级单位的，同时是其下属单位的审核单位），以及已设置的报送期次', security: bearerSecurity,
  responses: { 200: { description: '令牌的身份', content: { 'application/json': { schema: meSchema } } }, ...errorResponses(401) },
});

/** The add-in decides which screens to show from this: the token alone tells admin from unit. */
export const me = $(createRouter().use(requireAuth('admin', 'unit', 'reviewer'))).openapi(meRoute, async (c) => {
  const { caller } = c.var;
  const { org, kind, unitCode, label, scope } = caller;
  const [unit, periods] = await Promise.all([unitCode ? getUnit(c.env.DB, org, unitCode) : null, listPeriods(c.env.DB, org)]);
  return c.json(
    {
      kind,
      label,
      unit: unitCode ? { code: unitCode, name: unit?.name ?? unitCode } : null,
      reviewer: scope && isReviewer(caller) ? { root: { code: scope.root, name: scope.rootName }, units: scope.codes.size } : null,
      periods: periods.map((p) => ({
        templateId: p.templateId,
        templateName: templateById(p.templateId)?.name ?? p.templateId,
        code: p.code,
        label: periodRange(p.code)?.label ?? p.code,
        opens: p.opens,
        due: p.due,
      })),
    },
    200,
  );
});
