import type { ListItem } from '../../templates/summary/spec.ts';
import type { SubmissionTally } from '../../templates/summary/tally.ts';

// No D1 types here: the summary bench's seed (typechecked for Node) writes tallies the same way.

/** Stores (or replaces) a submission's tally: submission_id, version, then the three tallyColumns. */
export const INSERT_TALLY = `INSERT INTO submission_tallies (submission_id, version, counters, list_totals, list_items) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (submission_id) DO UPDATE SET version = excluded.version, counters = excluded.counters,
  list_totals = excluded.list_totals, list_items = excluded.list_items`;

/** counters, list_totals and list_items as stored. */
export function tallyColumns(tally: SubmissionTally): [counters: string, listTotals: string, listItems: string] {
  const totals: Record<string, number> = {};
  const items: Record<string, ListItem[]> = {};
  for (const [key, list] of Object.entries(tally.lists)) {
    totals[key] = list.total;
    items[key] = list.items ?? [];
  }
  return [JSON.stringify(tally.counters), JSON.stringify(totals), JSON.stringify(items)];
}
