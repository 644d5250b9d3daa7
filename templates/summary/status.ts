import type { StatusCell, StatusCounts, StatusRow } from './schema-core.ts';
import type { Report } from '../model/issue.ts';
import type { SubmissionStatus, SummarySubmission } from './types.ts';

/** How an upload is filed, from its report: errors never count; warnings are counted but shown. */
export const statusOfReport = (report: Report): Exclude<SubmissionStatus, 'returned'> =>
  report.stats.errors > 0 ? 'rejected' : report.stats.warnings > 0 ? 'accepted_with_warnings' : 'accepted';

export const cellOf = (s: SummarySubmission): StatusCell => ({
  state: s.status === 'returned' ? 'returned' : s.status === 'rejected' ? 'rejected' : s.late ? 'late' : 'on_time',
  submittedAt: s.submittedAt,
  version: s.version,
  errors: s.errors,
  warnings: s.warnings,
  source: s.source ?? null,
  nilReturn: s.nilReturn === true,
});

const absent = (expected: boolean): StatusCell => ({
  state: expected ? 'missing' : 'not_expected', submittedAt: null, version: null, errors: null, warnings: null, source: null, nilReturn: false,
});

const COUNTER = { on_time: 'onTime', late: 'late', missing: 'missing', returned: 'returned', rejected: 'rejected' } as const;

/**
 * 报送情况 of one summary row. Only units without sub-units are expected to
 * report, and only they are counted, so 按时 + 逾期 + 未报送 + 已退回 + 已拒收 =
 * 应报 in every row; a parent's own ledger still shows in its （本级） cell.
 */
export function statusRow(
  templateIds: readonly string[],
  codes: readonly string[],
  withCells: boolean,
  cellsOf: (code: string) => ReadonlyMap<string, StatusCell> | undefined,
  isExpected: (code: string) => boolean,
): StatusRow {
  const counts: Record<string, StatusCounts> = {};
  const cells: Record<string, StatusCell> = {};
  for (const id of templateIds) {
    const c: StatusCounts = { expected: 0, onTime: 0, late: 0, missing: 0, returned: 0, rejected: 0 };
    for (const code of codes) {
      const expected = isExpected(code);
      const cell = cellsOf(code)?.get(id) ?? absent(expected);
      if (expected) {
        c.expected++;
        if (cell.state !== 'not_expected') c[COUNTER[cell.state]]++;
      }
      if (withCells) cells[id] = cell;
    }
    counts[id] = c;
  }
  return { cells, counts };
}
