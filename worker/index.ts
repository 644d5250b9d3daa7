import './quiet-debuglog.ts';
import { $ } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { errorResponse, notFoundResponse } from './http/errors.ts';
import { addinCors } from './http/cors.ts';
import { createRouter } from './http/router.ts';
import { useChineseZodMessages } from './http/zod-zh.ts';
import { adminArchive } from './routes/admin-archive.ts';
import { adminParams } from './routes/admin-params.ts';
import { adminPeriods } from './routes/admin-periods.ts';
import { adminReminders } from './routes/admin-reminders.ts';
import { adminReviewSettings } from './routes/admin-review-settings.ts';
import { adminStatus } from './routes/admin-status.ts';
import { adminSummary } from './routes/admin-summary.ts';
import { adminSubmissions } from './routes/admin-submissions.ts';
import { adminTokens } from './routes/admin-tokens.ts';
import { adminUnits } from './routes/admin-units.ts';
import { me } from './routes/me.ts';
import { myLedgers } from './routes/my-ledgers.ts';
import { submissions } from './routes/submissions.ts';
import { templates } from './routes/templates.ts';
import { validate } from './routes/validate.ts';

useChineseZodMessages();

export type { ErrorEnvelope } from './http/errors.ts';
export type { AppEnv };

const app = $(
  createRouter()
  .use('/api/*', addinCors())
  .get('/api/health', (c) => c.json({ ok: true }))
  .route('/api/me', me)
  .route('/api/my/ledgers', myLedgers)
  .route('/api/templates', templates)
  .route('/api/validate', validate)
  .route('/api/submissions', submissions)
  .route('/api/admin/units', adminUnits)
  .route('/api/admin/periods', adminPeriods)
  .route('/api/admin/params', adminParams)
  .route('/api/admin/tokens', adminTokens)
  .route('/api/admin/review-settings', adminReviewSettings)
  .route('/api/admin/status', adminStatus)
  .route('/api/admin/submissions', adminSubmissions)
  .route('/api/admin', adminSummary)
  .route('/api/admin', adminArchive)
  .route('/api/admin', adminReminders),
);

app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
  type: 'http',
  scheme: 'bearer',
  description: '机关党委签发的令牌：管理员令牌或单位令牌（有下级单位的单位令牌同时是其下属单位的审核令牌）',
});
app.doc31('/api/openapi.json', {
  openapi: '3.1.0',
  info: { title: '台账通 API', version: '1', description: '党建台账的校验、报送与汇总。所有错误都以 { ok: false, error: { code, message, details? } } 返回。' },
});

app.onError(errorResponse);
app.notFound(notFoundResponse);

export type AppType = typeof app;
export default app;
