import { $, createRoute, z } from '@hono/zod-openapi';
import { templateById } from '../../templates/catalog/index.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { ledgerBody } from '../http/ledger-input.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses, reportRef } from '../http/schemas.ts';
import { uploadLimit } from '../http/upload-limit.ts';
import { orgParams } from '../db/params.ts';
import { checkedAgainstRoster, latestRoster } from '../db/roster.ts';
import { getUnit } from '../db/units.ts';
import { checkLedger } from '../ledger/check-ledger.ts';
import { chinaDate } from '../../templates/model/china-time.ts';
import { refuse } from '../ledger/refusal.ts';
import { templateNotFound } from '../http/not-found.ts';
import { ledgerBodyContent } from './ledger-body.ts';
import { withMessages } from '../../templates/messages/with-messages.ts';

const validateRoute = createRoute({
  method: 'post',
  path: '/',
  summary: '校验一个台账文件或表格（不保存）',
  security: bearerSecurity,
  middleware: [uploadLimit()] as const,
  request: { body: { content: ledgerBodyContent('optional'), required: false } },
  responses: {
    200: { description: '校验报告（valid 为 false 时按 issues 修改）', content: { 'application/json': { schema: z.object({ report: reportRef }) } } },
    ...errorResponses(400, 401, 413, 422),
  },
});

/** Any valid token may validate; nothing is stored. A file that is refused outright (not a ledger) is 422. */
export const validate = $(createRouter().use(requireAuth('admin', 'unit'))).openapi(validateRoute, async (c) => {
    const body = await ledgerBody(c, c.req.valid('form'), c.req.valid('json'));
    if (body.templateId && !templateById(body.templateId)) throw templateNotFound(body.templateId);
    // A unit validating sees what submitting would say, including a file that names another unit.
    const { unitCode, org } = c.var.caller;
    const unit = unitCode ? await getUnit(c.env.DB, org, unitCode) : null;
    const known = unitCode && checkedAgainstRoster(body.templateId) ? await latestRoster(c.env.DB, org, unitCode) : null;
    const tuned = await orgParams(c.env.DB, org);
    const { report } = checkLedger(body.input, {
      today: chinaDate(new Date()),
      params: tuned,
      ...(unit ? { unit: { code: unit.code, name: unit.name } } : {}),
      ...(known ? { roster: known.roster, branches: known.branches } : {}),
      ...(body.templateId ? { expectedTemplate: body.templateId } : {}),
      ...(body.period ? { period: body.period } : {}),
    });
    if (report.template === null) throw refuse(report);
    return c.json({ report: withMessages(report) }, 200);
  });
