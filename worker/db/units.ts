import type { UnitListEntry } from '../../templates/units/unit-list.ts';
/** A unit as stored is exactly a row of the 单位名单 the office imports. */
export type Unit = UnitListEntry;

export interface UnitRecord extends Unit {
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
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'code, name, parent_code, members, teams, branches, created_at, updated_at';

const toRecord = (r: UnitRow): UnitRecord => ({
  code: r.code, name: r.name, parentCode: r.parent_code, members: r.members, teams: r.teams, branches: r.branches,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function listUnits(db: D1Database, org: string): Promise<UnitRecord[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM units WHERE org = ? ORDER BY code`).bind(org).all<UnitRow>();
  return results.map(toRecord);
}

export async function getUnit(db: D1Database, org: string, code: string): Promise<UnitRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM units WHERE org = ? AND code = ?`).bind(org, code).first<UnitRow>();
  return row ? toRecord(row) : null;
}

const upsertSql = `INSERT INTO units (org, code, name, parent_code, members, teams, branches, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (org, code) DO UPDATE SET name = excluded.name, parent_code = excluded.parent_code,
  members = excluded.members, teams = excluded.teams, branches = excluded.branches, updated_at = excluded.updated_at`;

/** Inserts or updates units in one transaction (a D1 batch): an import lands whole or not at all. */
export async function upsertUnits(db: D1Database, org: string, units: readonly Unit[], at: string): Promise<void> {
  if (units.length === 0) return;
  const stmt = db.prepare(upsertSql);
  await db.batch(units.map((u) => stmt.bind(org, u.code, u.name, u.parentCode, u.members, u.teams, u.branches, at, at)));
}
