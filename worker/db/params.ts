import { templateById } from '../../templates/catalog/index.ts';
import type { Params } from '../../templates/model/definition.ts';

interface ParamRow {
  template_id: string;
  key: string;
  value: number;
}

/**
 * The organisation's overrides, per template id. Keys a template no longer
 * declares in its `defaults` are dropped, so a stale row never reaches a rule.
 */
export async function orgParams(db: D1Database, org: string): Promise<Record<string, Params>> {
  const { results } = await db
    .prepare('SELECT template_id, key, value FROM template_params WHERE org = ? ORDER BY template_id, key')
    .bind(org)
    .all<ParamRow>();
  const out: Record<string, Params> = {};
  for (const r of results) {
    const def = templateById(r.template_id);
    if (!def || !Object.hasOwn(def.defaults, r.key)) continue;
    (out[r.template_id] ??= {})[r.key] = r.value;
  }
  return out;
}

/** Sets each given key (insert or overwrite) in one batch. */
export async function upsertParams(db: D1Database, org: string, templateId: string, values: Params, at: string): Promise<void> {
  const stmt = db.prepare(
    'INSERT INTO template_params (org, template_id, key, value, updated_at) VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT (org, template_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  const batch = Object.entries(values).map(([key, value]) => stmt.bind(org, templateId, key, value, at));
  if (batch.length > 0) await db.batch(batch);
}
