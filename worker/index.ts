import './quiet-debuglog.ts';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { templates } from './routes/templates.ts';

/** The one JSON error envelope every failure answers with. */
export interface ErrorEnvelope {
  ok: false;
  error: { code: string; message: string; details?: unknown };
}

/** A thrown HTTPException carries its envelope code in `cause`. */
const codeOf = (err: HTTPException): string => {
  const cause = err.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : `http/${err.status}`;
};

const app = new Hono()
  .get('/api/health', (c) => c.json({ ok: true }))
  .route('/api/templates', templates);

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    const body: ErrorEnvelope = { ok: false, error: { code: codeOf(err), message: err.message } };
    return c.json(body, err.status as ContentfulStatusCode);
  }
  console.error(err);
  const body: ErrorEnvelope = { ok: false, error: { code: 'internal', message: '服务器内部错误，请稍后重试' } };
  return c.json(body, 500);
});

app.notFound((c) => {
  const body: ErrorEnvelope = { ok: false, error: { code: 'http/404', message: `未找到接口 ${c.req.method} ${c.req.path}` } };
  return c.json(body, 404);
});

export type AppType = typeof app;
export default app;
