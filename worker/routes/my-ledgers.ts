import { $, createRoute, z } from '@hono/zod-openapi';
import { chinaDate } from '../../templates/model/china-time.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { listPeriods } from '../db/periods.ts';
import { listSubmissions } from '../db/submissions.ts';
import { listUnits } from '../db/units.ts';
import { fail } from '../http/errors.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses } from '../http/schemas.ts';
import { reviewerRefSchema, reviewSchema } from '../http/submission-schema.ts';
import { owedLedgers } from '../ledger/owed-ledgers.ts';
import { SLOT_STATES, statusMatrix } from '../ledger/status-matrix.ts';

const owedSchema = z
  .object({
    periodCode: z.string(), periodLabel: z.string(), templateId: z.string(), ledger: z.string(), due: z.string(),
    state: z.enum(SLOT_STATES), label: z.string(),
    daysLeft: z.number().int().openapi({ description: '距截止日期的天数（北京时间），已过截止日期为负数' }),
    version: z.number().int().nullable(), returnComment: z.string().nullable(),
    returnedBy: reviewerRefSchema.openapi({ description: '退回的上级单位；机关党委退回或未退回时为 null' }), review: reviewSchema,
    rejected: z.object({ version: z.number().int(), errors: z.number().int() }).nullable(), nilReturn: z.boolean(),
  })
  .openapi('OwedLedger');

const route = createRoute({
  method: 'get', path: '/', summary: '本单位应报的台账（本期和上期）：截止日期、剩余或逾期天数、报送状态', security: bearerSecurity,
  middleware: [requireAuth('unit')] as const,
  responses: { 200: { description: '按期次（新在前）和台账顺序', content: { 'application/json': { schema: z.object({ today: z.string(), ledgers: z.array(owedSchema) }) } } }, ...errorResponses(401, 403) },
});

/** The unit's home: per period, each assigned ledger with its state on the office's board. */
export const myLedgers = $(createRouter()).openapi(route, async (c) => {
  const { org, unitCode } = c.var.caller;
  if (!unitCode) throw fail(403, 'auth/forbidden', '本接口仅限填报单位使用');
  const today = chinaDate(new Date());
  const [units, periods, subs] = await Promise.all([listUnits(c.env.DB, org), listPeriods(c.env.DB, org), listSubmissions(c.env.DB, org, { unitCode })]);
  // The current and the previous period: what a unit may still be chased for.
  const codes = [...new Set(periods.map((p) => p.code))].slice(0, 2);
  const ledgers = codes.flatMap((code) => {
    const slots = periods.filter((p) => p.code === code);
    const cells = statusMatrix(units, slots, subs.filter((s) => s.periodCode === code)).filter((cell) => cell.unitCode === unitCode);
    return owedLedgers(cells, slots, today);
  });
  return c.json({ today, ledgers }, 200);
});
