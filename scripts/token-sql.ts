/** SQL string literal; the values are typed by an operator, but quoting keeps a stray ' harmless. */
export const sqlLiteral = (s: string | null): string => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);

export interface TokenRow {
  id: string;
  org: string;
  orgName: string;
  kind: 'admin' | 'unit';
  unitCode: string | null;
  /** sha256 of the plaintext: the plaintext itself never reaches the database. */
  hash: string;
  label: string;
  createdAt: string;
}

/**
 * The statements that issue a token without a running server (`npm run token`,
 * and `npm start`'s first admin token): the organisation if new, then the token
 * — a unit's only when that unit exists, so a typo issues nothing.
 */
export function issueTokenSql(t: TokenRow): string[] {
  const lit = sqlLiteral;
  return [
    `INSERT OR IGNORE INTO organisations (id, name) VALUES (${lit(t.org)}, ${lit(t.orgName)})`,
    `INSERT INTO tokens (id, org, kind, unit_code, hash, label, created_at)
SELECT ${lit(t.id)}, ${lit(t.org)}, ${lit(t.kind)}, ${lit(t.unitCode)}, ${lit(t.hash)}, ${lit(t.label)}, ${lit(t.createdAt)}
WHERE ${t.unitCode === null ? '1' : `EXISTS (SELECT 1 FROM units WHERE org = ${lit(t.org)} AND code = ${lit(t.unitCode)})`}
  AND NOT EXISTS (SELECT 1 FROM tokens WHERE hash = ${lit(t.hash)})`,
  ];
}
