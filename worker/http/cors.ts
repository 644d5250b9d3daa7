import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';

/**
 * CORS for the add-in's origin only (ADDIN_ORIGIN). The add-in is normally
 * served by this worker, so same-origin requests need none of this.
 */
export const addinCors = () =>
  createMiddleware<AppEnv>(async function addinCors(c, next) {
    const allowed = c.env.ADDIN_ORIGIN.trim();
    const handler = cors({
      origin: (origin) => (allowed !== '' && origin === allowed ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Content-Disposition'],
      maxAge: 600,
    });
    return handler(c, next);
  });
