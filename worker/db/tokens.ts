import type { TokenIdentity } from '../app-env.ts';

export interface TokenRecord {
  id: string;
  kind: 'admin' | 'unit';
  unitCode: string | null;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  org: string;
  kind: 'admin' | 'unit';
  unit_code: string | null;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

const toRecord = (r: TokenRow): TokenRecord => ({
  id: r.id, kind: r.kind, unitCode: r.unit_code, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at,
});

export type TokenLookup = { found: false } | { found: true; revoked: boolean; caller: TokenIdentity };

export async function findTokenByHash(db: D1Database, hash: string): Promise<TokenLookup> {
  const row = await db.prepare('SELECT id, org, kind, unit_code, label, created_at, revoked_at FROM tokens WHERE hash = ?').bind(hash).first<TokenRow>();
  if (!row) return { found: false };
  return {
    found: true,
    revoked: row.revoked_at !== null,
    caller: { tokenId: row.id, org: row.org, kind: row.kind, unitCode: row.unit_code, label: row.label },
  };
}

export async function insertToken(
  db: D1Database,
  t: { id: string; org: string; kind: 'admin' | 'unit'; unitCode: string | null; hash: string; label: string; createdAt: string },
): Promise<void> {
  await db
    .prepare('INSERT INTO tokens (id, org, kind, unit_code, hash, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .bind(t.id, t.org, t.kind, t.unitCode, t.hash, t.label, t.createdAt)
    .run();
}

export async function listTokens(db: D1Database, org: string): Promise<TokenRecord[]> {
  const { results } = await db
    .prepare('SELECT id, org, kind, unit_code, label, created_at, revoked_at FROM tokens WHERE org = ? ORDER BY created_at, id')
    .bind(org)
    .all<TokenRow>();
  return results.map(toRecord);
}

/** Sets revoked_at once; revoking twice keeps the first time. Returns the record, or null when not in this org. */
export async function revokeToken(db: D1Database, org: string, id: string, at: string): Promise<TokenRecord | null> {
  await db.prepare('UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE org = ? AND id = ?').bind(at, org, id).run();
  const row = await db
    .prepare('SELECT id, org, kind, unit_code, label, created_at, revoked_at FROM tokens WHERE org = ? AND id = ?')
    .bind(org, id)
    .first<TokenRow>();
  return row ? toRecord(row) : null;
}
