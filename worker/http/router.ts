import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { fail } from './errors.ts';

/**
 * Every sub-app is built here so a request that fails its zod schema answers
 * with the one envelope (400, details = zod's issues) instead of zod's default.
 */
export const createRouter = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const details = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
        throw fail(400, 'request/invalid', `请求参数不合法：${details.map((d) => d.path || '(body)').join('、')}`, details);
      }
    },
  });
