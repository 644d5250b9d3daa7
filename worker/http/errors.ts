import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one JSON error envelope every failure answers with. */
export interface ErrorEnvelope {
  ok: false;
  error: { code: string; message: string; details?: unknown };
}

interface Cause {
  code: string;
  details?: unknown;
}

/** An HTTPException carrying the envelope's code (and details) in `cause`; turned into JSON by `errorResponse`. */
export const fail = (status: ContentfulStatusCode, code: string, message: string, details?: unknown): HTTPException =>
  new HTTPException(status, { message, cause: { code, ...(details !== undefined ? { details } : {}) } satisfies Cause });

/** Hono's own exceptions (body parsing, media type) speak English; users read Chinese. */
const builtIn: Record<string, Cause & { message: string }> = {
  'Malformed JSON in request body': { code: 'request/malformed-json', message: '请求体不是合法的 JSON，请检查格式' },
  'Malformed FormData request.': { code: 'request/malformed-form', message: '请求体不是合法的 multipart/form-data 表单' },
  'Unsupported Media Type': { code: 'request/media-type', message: '不支持的请求类型：请以 JSON 或 multipart/form-data 上传' },
};

const isCause = (x: unknown): x is Cause => typeof (x as Cause | undefined)?.code === 'string';

function envelopeOf(err: HTTPException): ErrorEnvelope {
  if (isCause(err.cause)) {
    const { code, details } = err.cause;
    return { ok: false, error: { code, message: err.message, ...(details !== undefined ? { details } : {}) } };
  }
  const known = builtIn[err.message] ?? (err.message.startsWith('Malformed FormData') ? builtIn['Malformed FormData request.'] : undefined);
  if (known) return { ok: false, error: { code: known.code, message: known.message } };
  return { ok: false, error: { code: `http/${err.status}`, message: err.message } };
}

export function errorResponse(err: Error, c: Context): Response {
  if (err instanceof HTTPException) return c.json(envelopeOf(err), err.status as ContentfulStatusCode);
  console.error(err);
  const body: ErrorEnvelope = { ok: false, error: { code: 'internal', message: '服务器内部错误，请稍后重试' } };
  return c.json(body, 500);
}

export function notFoundResponse(c: Context): Response {
  const body: ErrorEnvelope = { ok: false, error: { code: 'http/404', message: `未找到接口 ${c.req.method} ${c.req.path}` } };
  return c.json(body, 404);
}
