import type { UnitListEntry } from '../../templates/units/unit-list.ts';
/** A unit as stored is exactly a row of the 单位名单 the office imports. */
export type Unit = UnitListEntry;

export interface UnitRecord extends Unit {
  contactName: string | null;
  contactPhone: string | null;
  createdAt: string;
  updatedAt: string;
}

interface UnitRow {
  code: string;
  name: string;
  parent_code: string | null;
  members: number;
  teams: number;
  branches: number;
  contact_name: string | null;
  contact_phone: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'code, name, parent_code, members, teams, branches, contact_name, contact_phone, created_at, updated_at';

const toRecord = (r: UnitRow): UnitRecord => ({
  code: r.code, name: r.name, parentCode: r.parent_code, members: r.members, teams: r.teams, branches: r.branches,
  contactName: r.contact_name, contactPhone: r.contact_phone, createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function listUnits(db: D1Database, org: string): Promise<UnitRecord[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM units WHERE org = ? ORDER BY code`).bind(org).all<UnitRow>();
  return results.map(toRecord);
}

/** Each unit's place in the tree and its name, nothing else: enough to resolve a reviewer's subtree cheaply. */
export async function unitTree(db: D1Database, org: string): Promise<{ code: string; name: string; parentCode: string | null }[]> {
  const { results } = await db.prepare('SELECT code, name, parent_code FROM units WHERE org = ?').bind(org).all<{ code: string; name: string; parent_code: string | null }>();
  return results.map((r) => ({ code: r.code, name: r.name, parentCode: r.parent_code }));
}

export async function getUnit(db: D1Database, org: string, code: string): Promise<UnitRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM units WHERE org = ? AND code = ?`).bind(org, code).first<UnitRow>();
  return row ? toRecord(row) : null;
}

const INSERT = `INSERT INTO units (org, code, name, parent_code, members, teams, branches, contact_name, contact_phone, created_at, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)`;

/** A contact left undefined (?11, ?12 = 0) keeps what is stored: a list without those columns does not wipe them. */
const upsertSql = `${INSERT}
ON CONFLICT (org, code) DO UPDATE SET name = excluded.name, parent_code = excluded.parent_code,
  members = excluded.members, teams = excluded.teams, branches = excluded.branches,
  contact_name = CASE WHEN ?11 THEN excluded.contact_name ELSE units.contact_name END,
  contact_phone = CASE WHEN ?12 THEN excluded.contact_phone ELSE units.contact_phone END,
  updated_at = excluded.updated_at`;

const insertSql = `${INSERT} ON CONFLICT (org, code) DO NOTHING`;

/**
 * Fails the batch it closes (see migrations/0004_unit_tree_guard.sql) when any
 * of the written units (?2, a JSON array) now has itself among its ancestors.
 * A new loop must pass through a written unit, so only their chains are walked;
 * UNION stops the walk on any loop.
 */
const loopGuardSql = `WITH RECURSIVE up(start, code) AS (
  SELECT u.code, u.parent_code FROM units u
  WHERE u.org = ?1 AND u.parent_code IS NOT NULL AND u.code IN (SELECT value FROM json_each(?2))
  UNION
  SELECT up.start, u.parent_code FROM up JOIN units u ON u.org = ?1 AND u.code = up.code
  WHERE u.parent_code IS NOT NULL
)
INSERT INTO unit_tree_guard (ok) SELECT 0 WHERE EXISTS (SELECT 1 FROM up WHERE up.code = up.start)`;

const isLoopRefusal = (e: unknown): boolean =>
  [e, (e as { cause?: unknown } | null)?.cause].some((x) => x instanceof Error && x.message.includes('unit_tree_has_no_loop'));

const unitValues = (org: string, u: Unit, at: string) =>
  [org, u.code, u.name, u.parentCode, u.members, u.teams, u.branches, u.contactName ?? null, u.contactPhone ?? null, at];
const keepFlags = (u: Unit) => [u.contactName === undefined ? 0 : 1, u.contactPhone === undefined ? 0 : 1];

/**
 * Runs the writes and the loop guard in one batch (one transaction), so the
 * check and the write cannot be split by a concurrent request: 'loop' when the
 * batch was rolled back because it would have put a unit under itself.
 */
async function guardedBatch(db: D1Database, org: string, writes: D1PreparedStatement[], codes: string[]): Promise<D1Result[] | 'loop'> {
  try {
    return await db.batch([...writes, db.prepare(loopGuardSql).bind(org, JSON.stringify(codes))]);
  } catch (e) {
    if (isLoopRefusal(e)) return 'loop';
    throw e;
  }
}

/** Inserts or updates units in one transaction: an import lands whole or not at all, and never closes a loop. */
export async function upsertUnits(db: D1Database, org: string, units: readonly Unit[], at: string): Promise<'ok' | 'loop'> {
  if (units.length === 0) return 'ok';
  const stmt = db.prepare(upsertSql);
  const out = await guardedBatch(db, org, units.map((u) => stmt.bind(...unitValues(org, u, at), ...keepFlags(u))), units.map((u) => u.code));
  return out === 'loop' ? 'loop' : 'ok';
}

/** Creates one unit; 'exists' when its code is taken (checked in the same statement, so two creates cannot both win). */
export async function insertUnit(db: D1Database, org: string, unit: Unit, at: string): Promise<'created' | 'exists' | 'loop'> {
  const out = await guardedBatch(db, org, [db.prepare(insertSql).bind(...unitValues(org, unit, at))], [unit.code]);
  if (out === 'loop') return 'loop';
  return out[0]!.meta.changes === 1 ? 'created' : 'exists';
}
