import { $, createRoute, z } from '@hono/zod-openapi';
import { templateById } from '../../templates/catalog/index.ts';
import { writeArchiveManifest } from '../../templates/xlsx/write-archive-manifest.ts';
import { writeSummaryWorkbook } from '../../templates/xlsx/write-summary.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { periodReviewEvents } from '../db/reviews.ts';
import { countedSubmissionIds, listSubmissions } from '../db/submissions.ts';
import { listUnits } from '../db/units.ts';
import { createRouter } from '../http/router.ts';
import { bearerSecurity, errorResponses, periodCodeSchema } from '../http/schemas.ts';
import { planArchive } from '../ledger/archive-plan.ts';
import { archiveStream } from '../ledger/archive-zip.ts';
import { buildSummary } from '../ledger/build-summary.ts';
import { attachment } from './templates.ts';

const query = z.object({
  period: periodCodeSchema,
  versions: z.enum(['counted', 'all']).default('counted').openapi({ description: 'counted：只归档计入汇总的版本（默认）；all：另附其他全部版本' }),
});

const archiveRoute = createRoute({
  method: 'get', path: '/archive.zip', summary: '期次归档（.zip）：计入汇总的全部原件、汇总表和归档清单；审核单位得到本单位及其下属单位的归档', security: bearerSecurity,
  middleware: [requireAuth('admin', 'reviewer')] as const,
  request: { query },
  responses: { 200: { description: '归档压缩包（边读边写）', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses(400, 401, 403, 404) },
});

/** Mounted at /api/admin; auth is per route for the same reason as the summary routes. */
export const adminArchive = $(createRouter()).openapi(archiveRoute, async (c) => {
  const { period, versions } = c.req.valid('query');
  const { org, scope } = c.var.caller;
  const now = new Date();
  const [{ summary }, units, subs, countedInOrg, events] = await Promise.all([
    buildSummary(c.env.DB, org, period, now, scope), listUnits(c.env.DB, org),
    listSubmissions(c.env.DB, org, { periodCode: period, ...(scope ? { unitCodes: scope.codes } : {}) }), countedSubmissionIds(c.env.DB, org, period),
    periodReviewEvents(c.env.DB, org, period),
  ]);
  // A reviewer's archive holds its subtree's versions only.
  const counted = new Set(subs.filter((s) => countedInOrg.has(s.id)).map((s) => s.id));
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const plan = planArchive(subs, counted, {
    unit: (code) => unitNames.get(code) ?? code,
    ledger: (id) => templateById(id)?.name ?? id,
  }, versions === 'all', events);
  const label = summary.period.label;
  const [summaryBytes, manifestBytes] = await Promise.all([
    writeSummaryWorkbook(summary, null, { generatedAt: now }),
    writeArchiveManifest(`${label}台账归档清单`, `共 ${plan.manifest.length} 个版本，其中计入汇总 ${counted.size} 个；归档时间 ${summary.generatedOn}`, plan.manifest, now),
  ]);
  const body = archiveStream({
    inMemory: [{ path: `归档清单-${label}.xlsx`, bytes: manifestBytes }, { path: `汇总表-${label}.xlsx`, bytes: summaryBytes }],
    originals: plan.files, bucket: c.env.FILES, at: now,
  });
  return c.body(body, 200, {
    'Content-Type': 'application/zip',
    'Content-Disposition': attachment(`archive-${period}.zip`, `台账归档-${label}.zip`),
    'Cache-Control': 'private, no-store',
  });
});
