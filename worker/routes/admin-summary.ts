import { $, createRoute, z } from '@hono/zod-openapi';
import { summarySchema } from '../../templates/summary/index.ts';
import { streamSummaryWorkbook } from '../../templates/xlsx/write-summary.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses, periodCodeSchema } from '../http/schemas.ts';
import { buildSummary } from '../ledger/build-summary.ts';
import { attachment } from './templates.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const query = z.object({ period: periodCodeSchema });
const xlsxQuery = query.extend({
  // 明细 is most of the time for a large office (docs/benchmarks.md, 汇总规模): it can be left out.
  details: z.enum(['true', 'false']).default('true').openapi({ description: '是否包含明细工作表（默认包含）' }),
});

// Auth is per route here: this sub-app is mounted at /api/admin, where a
// `.use()` would also run for every other admin route.
const jsonRoute = createRoute({
  method: 'get', path: '/summary', summary: '汇总（JSON）：每个单位一行并逐级合计；审核单位得到本单位及其下属单位的汇总', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: { query },
  responses: { 200: { description: '汇总数据', content: { 'application/json': { schema: summarySchema.openapi('Summary') } } }, ...errorResponses(400, 401, 403, 404) },
});

const xlsxRoute = createRoute({
  method: 'get', path: '/summary.xlsx', summary: '汇总表（.xlsx）：DOMAIN §4 的全部工作表和明细；审核单位得到本单位及其下属单位的汇总表', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: { query: xlsxQuery },
  responses: { 200: { description: '汇总工作簿', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses(400, 401, 403, 404) },
});

export const adminSummary = $(createRouter())
  .openapi(jsonRoute, async (c) => {
    const { period } = c.req.valid('query');
    const { summary } = await buildSummary(c.env.DB, c.var.caller.org, period, new Date(), c.var.caller.scope);
    return c.json(summary, 200);
  })
  .openapi(xlsxRoute, async (c) => {
    const { period, details: withDetails } = c.req.valid('query');
    const now = new Date();
    const { summary, details } = await buildSummary(c.env.DB, c.var.caller.org, period, now, c.var.caller.scope);
    // Streamed: bytes leave as the zip is written (the 明细 of a large office is tens of MB), paced by the reader.
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const writer = writable.getWriter();
    // A write fails only once the reader is gone; `drain` (writer.ready) then rejects and ends the stream below.
    const send = (chunk: Uint8Array) => void writer.write(chunk).catch(() => undefined);
    const written = streamSummaryWorkbook(summary, withDetails === 'true' ? details() : null, send, { generatedAt: now, drain: () => writer.ready })
      .then(() => writer.close())
      .catch(async (error: unknown) => {
        console.error('summary.xlsx stopped part-way', error);
        await writer.abort(error).catch(() => undefined);
      });
    c.executionCtx.waitUntil(written);
    return c.body(readable, 200, {
      'Content-Type': XLSX,
      'Content-Disposition': attachment(`summary-${period}.xlsx`, `汇总表-${summary.period.label}.xlsx`),
      'Cache-Control': 'private, no-store',
    });
  });
