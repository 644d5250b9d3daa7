import { createMiddleware } from 'hono/factory';
import type { AppEnv, Caller } from '../app-env.ts';
import { findTokenByHash } from '../db/tokens.ts';
import { fail } from '../http/errors.ts';
import { sha256Hex } from './token-hash.ts';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Resolves `Authorization: Bearer <token>` to the caller: 401 when the token
 * is missing, unknown or revoked, 403 when its kind may not call this route.
 * Which unit's data a unit token may touch is checked by the queries, which
 * all filter on the caller's unit (another unit's id is then simply not found).
 */
/**
 * The caller behind a request's token on a public route (the blank template,
 * which a unit gets pre-filled with its own 基本信息); null without a usable
 * token — such a route answers everyone and only adds what a token allows.
 */
export async function optionalCaller(db: D1Database, header: string | undefined): Promise<Caller | null> {
  const token = header ? BEARER.exec(header)?.[1] : undefined;
  if (!token) return null;
  const lookup = await findTokenByHash(db, await sha256Hex(token));
  return lookup.found && !lookup.revoked ? lookup.caller : null;
}

export const requireAuth = (...kinds: Caller['kind'][]) =>
  createMiddleware<AppEnv>(async function requireAuth(c, next) {
    const header = c.req.header('authorization');
    if (!header) throw fail(401, 'auth/missing', '缺少访问令牌：请在请求头中提供 Authorization: Bearer <令牌>');
    const token = BEARER.exec(header)?.[1];
    if (!token) throw fail(401, 'auth/invalid', '访问令牌格式不正确，应为 Authorization: Bearer <令牌>');
    const lookup = await findTokenByHash(c.env.DB, await sha256Hex(token));
    if (!lookup.found) throw fail(401, 'auth/invalid', '访问令牌无效，请向机关党委索取新的令牌');
    if (lookup.revoked) throw fail(401, 'auth/revoked', '访问令牌已被收回，请向机关党委索取新的令牌');
    if (!kinds.includes(lookup.caller.kind)) {
      throw fail(403, 'auth/forbidden', lookup.caller.kind === 'unit' ? '本接口仅限机关党委（管理员）使用' : '本接口仅限填报单位使用');
    }
    c.set('caller', lookup.caller);
    await next();
  });
