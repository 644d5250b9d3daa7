import { createMiddleware } from 'hono/factory';
import type { AppEnv, Caller, TokenIdentity } from '../app-env.ts';
import { findTokenByHash } from '../db/tokens.ts';
import { fail } from '../http/errors.ts';
import { isReviewer, ownScope, subtreeScope } from './scope.ts';
import { sha256Hex } from './token-hash.ts';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who may call a route: 'admin' the organisation's admin token; 'unit' any
 * unit token, acting for its own unit; 'reviewer' a unit token of a unit with
 * sub-units, acting on its subtree (one role per token: no new token kind —
 * a 党总支's ordinary unit token is its reviewer token).
 */
export type Role = 'admin' | 'unit' | 'reviewer';

/**
 * The caller behind a request's token on a public route (the blank template,
 * which a unit gets pre-filled with its own 基本信息); null without a usable
 * token — such a route answers everyone and only adds what a token allows.
 */
export async function optionalCaller(db: D1Database, header: string | undefined): Promise<TokenIdentity | null> {
  const token = header ? BEARER.exec(header)?.[1] : undefined;
  if (!token) return null;
  const lookup = await findTokenByHash(db, await sha256Hex(token));
  return lookup.found && !lookup.revoked ? lookup.caller : null;
}

const forbidden = (caller: Caller, roles: readonly Role[]) =>
  fail(403, 'auth/forbidden',
    caller.kind === 'admin' ? '本接口仅限填报单位使用'
      : roles.includes('reviewer') ? '本接口仅限机关党委和有下级单位的审核单位（如党总支）使用'
        : '本接口仅限机关党委（管理员）使用');

/**
 * Resolves `Authorization: Bearer <token>` to the caller: 401 when the token
 * is missing, unknown or revoked, 403 when it may not call this route. On a
 * route open to reviewers a unit token's scope is its subtree (one query for
 * the unit tree, only there); elsewhere its own unit. Which units' data a
 * caller may touch is then checked against that scope (another unit's id is
 * simply not found).
 */
export const requireAuth = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async function requireAuth(c, next) {
    const header = c.req.header('authorization');
    if (!header) throw fail(401, 'auth/missing', '缺少访问令牌：请在请求头中提供 Authorization: Bearer <令牌>');
    const token = BEARER.exec(header)?.[1];
    if (!token) throw fail(401, 'auth/invalid', '访问令牌格式不正确，应为 Authorization: Bearer <令牌>');
    const lookup = await findTokenByHash(c.env.DB, await sha256Hex(token));
    if (!lookup.found) throw fail(401, 'auth/invalid', '访问令牌无效，请向机关党委索取新的令牌');
    if (lookup.revoked) throw fail(401, 'auth/revoked', '访问令牌已被收回，请向机关党委索取新的令牌');
    const id = lookup.caller;
    const caller: Caller = {
      ...id,
      scope: id.unitCode === null ? null : roles.includes('reviewer') ? await subtreeScope(c.env.DB, id.org, id.unitCode) : ownScope(id.unitCode),
    };
    const allowed = caller.kind === 'admin' ? roles.includes('admin') : roles.includes('unit') || (roles.includes('reviewer') && isReviewer(caller));
    if (!allowed) throw forbidden(caller, roles);
    c.set('caller', caller);
    await next();
  });
