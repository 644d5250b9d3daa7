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

/** Every unit of `org`, and those with no unit token that still works: the ones a one-click issue is for. */
export async function unitTokenCoverage(db: D1Database, org: string): Promise<{ units: number; without: { code: string; name: string }[] }> {
  const { results } = await db
    .prepare(`SELECT code, name, EXISTS (SELECT 1 FROM tokens t WHERE t.org = ?1 AND t.kind = 'unit' AND t.unit_code = u.code AND t.revoked_at IS NULL) AS covered
      FROM units u WHERE u.org = ?1 ORDER BY code`)
    .bind(org)
    .all<{ code: string; name: string; covered: number }>();
  return { units: results.length, without: results.filter((r) => !r.covered).map(({ code, name }) => ({ code, name })) };
}

/** Entries per statement: one JSON parameter stays far below D1's 1 MB per value. */
const BULK_CHUNK = 1000;
const BULK_INSERT = `INSERT INTO tokens (id, org, kind, unit_code, hash, label, created_at)
SELECT json_extract(j.value, '$.id'), ?1, 'unit', json_extract(j.value, '$.unitCode'), json_extract(j.value, '$.hash'), ?2, ?3
FROM json_each(?4) AS j
WHERE NOT EXISTS (SELECT 1 FROM tokens t WHERE t.org = ?1 AND t.kind = 'unit' AND t.unit_code = json_extract(j.value, '$.unitCode') AND t.revoked_at IS NULL)
RETURNING id`;

/**
 * Inserts one token per unit in one transaction, skipping a unit that gained
 * an active token since it was listed (two offices clicking at once must not
 * hand out two tokens per unit). Returns the ids actually inserted.
 */
export async function insertUnitTokensWhereNone(
  db: D1Database, org: string, tokens: readonly { id: string; unitCode: string; hash: string }[], label: string, createdAt: string,
): Promise<Set<string>> {
  if (tokens.length === 0) return new Set();
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < tokens.length; i += BULK_CHUNK) {
    statements.push(db.prepare(BULK_INSERT).bind(org, label, createdAt, JSON.stringify(tokens.slice(i, i + BULK_CHUNK))));
  }
  const results = await db.batch<{ id: string }>(statements);
  return new Set(results.flatMap((r) => r.results.map((row) => row.id)));
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
