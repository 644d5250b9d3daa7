import type { InferResponseType } from 'hono/client';
import type { Api } from '../api/client.ts';
import { chinaTime } from './labels.ts';

/** A token as GET /api/admin/tokens lists it (never the token itself). */
export type TokenView = InferResponseType<Api['api']['admin']['tokens']['$get'], 200>['tokens'][number];

interface UnitRef {
  code: string;
  name: string;
}

/** The value of the 签发给 select for an admin token; unit codes cannot hold a space. */
export const ADMIN_TARGET = ' admin';

export function issueTargets(units: readonly UnitRef[]): { value: string; text: string }[] {
  return [{ value: ADMIN_TARGET, text: '机关党委（管理员令牌）' }, ...units.map((u) => ({ value: u.code, text: `${u.name}（${u.code}）` }))];
}

/** The body of POST /api/admin/tokens for a target of the select and an optional 备注. */
export function issueBody(target: string, label: string) {
  const note = label.trim();
  return target === ADMIN_TARGET
    ? { kind: 'admin' as const, ...(note ? { label: note } : {}) }
    : { kind: 'unit' as const, unitCode: target, ...(note ? { label: note } : {}) };
}

/** Units with no token that still works: what 「为所有单位签发令牌」 will issue for. */
export function unitsWithoutToken<U extends UnitRef>(units: readonly U[], tokens: readonly TokenView[]): U[] {
  const covered = new Set(tokens.filter((t) => t.kind === 'unit' && t.revokedAt === null).map((t) => t.unitCode));
  return units.filter((u) => !covered.has(u.code));
}

export interface TokenRow {
  id: string;
  kind: TokenView['kind'];
  /** Whose token: the unit's name, or 机关党委（管理员）. */
  who: string;
  label: string;
  issued: string;
  active: boolean;
  /** 有效 / 已收回（时间） */
  state: string;
}

/** The token list as the office reads it: working tokens first, newest first within each. */
export function tokenRows(tokens: readonly TokenView[], units: readonly UnitRef[]): TokenRow[] {
  const name = new Map(units.map((u) => [u.code, u.name]));
  return [...tokens]
    .sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt))
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      who: t.kind === 'admin' ? '机关党委（管理员）' : `${name.get(t.unitCode!) ?? '（单位已不在名单中）'}（${t.unitCode}）`,
      label: t.label,
      issued: chinaTime(t.createdAt),
      active: t.revokedAt === null,
      state: t.revokedAt === null ? '有效' : `已收回（${chinaTime(t.revokedAt)}）`,
    }));
}

/** What the office confirms before a token stops working. */
export function revokeQuestion(row: TokenRow): string {
  const lockout = row.kind === 'admin' ? '如果这是您现在使用的令牌，收回后本页面也将无法继续使用。' : '该单位需要新的令牌才能继续报送。';
  return `确认收回“${row.who}”的令牌（${row.label}，${row.issued} 签发）？收回后立即失效，无法恢复；${lockout}`;
}
