import { rosterSources } from '../../templates/catalog/index.ts';
import type { RosterEntry } from '../../templates/model/definition.ts';

export interface UnitRoster {
  roster: RosterEntry[];
  /** The unit's 党支部, as its roster names them. */
  branches: string[];
}

/**
 * The unit's member roster from its most recent counted submission of a
 * ledger that provides one (the 党员名册; see a definition's `provides`),
 * whatever the period: the denominator of every coverage check (each member
 * pledged, was reviewed, proposed an idea). Null when the unit has never sent
 * one — the checks are then skipped rather than guessed.
 */
export async function latestRoster(db: D1Database, org: string, unitCode: string): Promise<UnitRoster | null> {
  const sources = rosterSources();
  if (sources.length === 0) return null;
  const { results } = await db
    .prepare(
      `SELECT latest.template_id, r."values" FROM submission_rows r
       JOIN (SELECT s.id, s.template_id FROM counted_submissions s
             WHERE s.org = ? AND s.unit_code = ? AND s.template_id IN (${sources.map(() => '?').join(', ')})
             ORDER BY s.submitted_at DESC, s.version DESC LIMIT 1) latest ON r.submission_id = latest.id
       ORDER BY r.row_no`,
    )
    .bind(org, unitCode, ...sources.map((d) => d.id))
    .all<{ template_id: string; values: string }>();
  if (results.length === 0) return null;
  const keys = sources.find((d) => d.id === results[0]!.template_id)!.provides!.roster!;
  const roster: RosterEntry[] = [];
  for (const r of results) {
    const v = JSON.parse(r.values) as Record<string, unknown>;
    const name = v[keys.name];
    const branch = v[keys.branch];
    if (typeof name === 'string' && typeof branch === 'string') roster.push({ name, branch });
  }
  return { roster, branches: [...new Set(roster.map((m) => m.branch))] };
}

/** A roster is not checked against the unit's previous roster: it is the denominator, not a ledger measured by it. */
export const checkedAgainstRoster = (templateId: string | undefined): boolean =>
  !rosterSources().some((d) => d.id === templateId);
