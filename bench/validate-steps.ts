import type { RosterEntry } from '../templates/model/definition.ts';
import { validateFile } from '../templates/validate-file.ts';
import { readWorkbook } from '../templates/xlsx/read-workbook.ts';
import { streamedUnzipAndScan, unzipAndScan } from './scan-floor.ts';

/** The unit's roster and branches, as the service loads them for a submission. */
export interface Known {
  roster: RosterEntry[];
  branches: string[];
}

/** Rows in bench/pledge-fixture.ts; kept here so a cold process does not load exceljs to learn it. */
export const FIXTURE_ROWS = 20_000;

/** The same day the fixture's 填报日期 is judged against in every run. */
const TODAY = '2026-07-10';

function validated(bytes: Uint8Array, known?: Known): number {
  const { report } = validateFile(bytes, 'bench.xlsx', { today: TODAY, ...(known ? { roster: known.roster, branches: known.branches } : {}) });
  if (report.stats.rowsRead !== FIXTURE_ROWS) throw new Error(`validated ${report.stats.rowsRead} rows: ${JSON.stringify(report.issues[0])}`);
  return report.stats.warnings;
}

/** Each step the speed bench times, warm in one process and cold in a fresh one (bench/cold-run.ts). */
export const STEPS = {
  'unzip + scan, in one piece': (bytes: Uint8Array) => unzipAndScan(bytes),
  'unzip + scan, streamed as the reader inflates': (bytes: Uint8Array) => streamedUnzipAndScan(bytes),
  read: (bytes: Uint8Array) => {
    const r = readWorkbook(bytes, { fileName: 'bench.xlsx' });
    if (!r.ok) throw new Error(r.issue.code);
    return r.grid.sheets.length;
  },
  'read + validate': (bytes: Uint8Array) => validated(bytes),
  'read + validate, roster': (bytes: Uint8Array, known: Known) => validated(bytes, known),
} satisfies Record<string, (bytes: Uint8Array, known: Known) => number>;

export type Step = keyof typeof STEPS;

/** The floor is the faster of the two ways of just unzipping and scanning: which one wins varies with GC timing. */
export const FLOOR_STEPS: readonly Step[] = ['unzip + scan, in one piece', 'unzip + scan, streamed as the reader inflates'];
