import { templateById } from '../../templates/catalog/index.ts';
import type { NormalisedRow } from '../../templates/read/validate-grid.ts';
import { DEFAULT_LIST_CAP, tallyOf, type SubmissionTally } from '../../templates/summary/index.ts';

/** A submission's tally as stored with it: what its ledger's summary counts in its rows; null for a ledger without a summary. */
export function tallyFor(templateId: string, rows: Iterable<NormalisedRow>): { version: number; tally: SubmissionTally } | null {
  const summary = templateById(templateId)?.summary;
  return summary ? { version: summary.version, tally: tallyOf(summary, rows, DEFAULT_LIST_CAP) } : null;
}
