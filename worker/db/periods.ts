import { catalog } from '../../templates/catalog/index.ts';

export interface PeriodRecord {
  templateId: string;
  code: string;
  opens: string;
  due: string;
  createdAt: string;
  updatedAt: string;
}

interface PeriodRow {
  template_id: string;
  code: string;
  opens: string;
  due: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'template_id, code, opens, due, created_at, updated_at';
const toRecord = (r: PeriodRow): PeriodRecord => ({
  templateId: r.template_id, code: r.code, opens: r.opens, due: r.due, createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function listPeriods(db: D1Database, org: string, code?: string): Promise<PeriodRecord[]> {
  const stmt = code
    ? db.prepare(`SELECT ${COLUMNS} FROM periods WHERE org = ? AND code = ? ORDER BY code DESC, template_id`).bind(org, code)
    : db.prepare(`SELECT ${COLUMNS} FROM periods WHERE org = ? ORDER BY code DESC, template_id`).bind(org);
  const { results } = await stmt.all<PeriodRow>();
  // Within a period, ledgers in the catalog's order (承诺践诺台账 first), as every screen and sheet lists them.
  return results.map(toRecord).sort((a, b) => (a.code === b.code ? catalogRank(a.templateId) - catalogRank(b.templateId) : a.code < b.code ? 1 : -1));
}

const RANKS = new Map(catalog.map((d, i) => [d.id, i]));
const catalogRank = (templateId: string): number => RANKS.get(templateId) ?? RANKS.size;

export async function getPeriod(db: D1Database, org: string, templateId: string, code: string): Promise<PeriodRecord | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM periods WHERE org = ? AND template_id = ? AND code = ?`)
    .bind(org, templateId, code)
    .first<PeriodRow>();
  return row ? toRecord(row) : null;
}

/** Creates the slot; false when it already exists (the caller answers 409). */
export async function insertPeriod(db: D1Database, org: string, p: { templateId: string; code: string; opens: string; due: string }, at: string): Promise<boolean> {
  const res = await db
    .prepare('INSERT INTO periods (org, template_id, code, opens, due, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .bind(org, p.templateId, p.code, p.opens, p.due, at, at)
    .run();
  return res.meta.changes === 1;
}

export async function updatePeriod(db: D1Database, org: string, templateId: string, code: string, p: { opens: string; due: string }, at: string): Promise<void> {
  await db
    .prepare('UPDATE periods SET opens = ?, due = ?, updated_at = ? WHERE org = ? AND template_id = ? AND code = ?')
    .bind(p.opens, p.due, at, org, templateId, code)
    .run();
}
