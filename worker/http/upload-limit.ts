import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { fail } from './errors.ts';

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** MAX_UPLOAD_BYTES from the environment, or 10 MB when unset or not a positive integer. */
export function maxUploadBytes(env: { MAX_UPLOAD_BYTES?: string }): number {
  const n = Number(env.MAX_UPLOAD_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_UPLOAD_BYTES;
}

const tooLarge = (limit: number) =>
  fail(413, 'request/too-large', `上传内容超过 ${(limit / 1024 / 1024).toFixed(limit % (1024 * 1024) === 0 ? 0 : 1)} MB 的上限，请拆分或精简后重试`, { limit });

/**
 * Refuses a body over the cap by its Content-Length up front, and counts the
 * bytes actually received as well: a chunked body has no length, and the
 * parsers below must never see more than the cap.
 */
export const uploadLimit = () =>
  createMiddleware<AppEnv>(async function uploadLimit(c, next) {
    const limit = maxUploadBytes(c.env);
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
    const body = c.req.raw.body;
    if (!body) return next();

    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Stop the upload now rather than drain the rest of an oversized body.
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: bytes });
    await next();
  });
