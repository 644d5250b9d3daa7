import type { RosterEntry } from '../../templates/model/definition.ts';

export interface UnitRoster {
  roster: RosterEntry[];
  /** The unit's 党支部, as its roster names them. */
  branches: string[];
}

/**
 * The unit's member roster (党员名册) from its most recent counted roster
 * submission, whatever the period: the denominator of every coverage check
 * (each member pledged, was reviewed, proposed an idea). Null when the unit
 * has never sent one — the checks are then skipped rather than guessed.
 */
export async function latestRoster(db: D1Database, org: string, unitCode: string): Promise<UnitRoster | null> {
  const { results } = await db
    .prepare(
      `SELECT r."values" FROM submission_rows r
       WHERE r.submission_id = (
         SELECT s.id FROM counted_submissions s
         WHERE s.org = ? AND s.unit_code = ? AND s.template_id = 'member-roster'
         ORDER BY s.submitted_at DESC, s.version DESC LIMIT 1)
       ORDER BY r.row_no`,
    )
    .bind(org, unitCode)
    .all<{ values: string }>();
  if (results.length === 0) return null;
  const roster: RosterEntry[] = [];
  for (const r of results) {
    const v = JSON.parse(r.values) as { name?: unknown; branch?: unknown };
    if (typeof v.name === 'string' && typeof v.branch === 'string') roster.push({ name: v.name, branch: v.branch });
  }
  return { roster, branches: [...new Set(roster.map((m) => m.branch))] };
}
