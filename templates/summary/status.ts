import type { StatusCell, StatusCounts, StatusRow } from './schema-core.ts';
import type { Report } from '../model/issue.ts';
import { countSlots, slotState } from './slot-state.ts';
import type { SubmissionStatus, SummarySubmission } from './types.ts';

/** How an upload is filed, from its report: errors never count; warnings are counted but shown. */
export const statusOfReport = (report: Report): Exclude<SubmissionStatus, 'returned'> =>
  report.stats.errors > 0 ? 'rejected' : report.stats.warnings > 0 ? 'accepted_with_warnings' : 'accepted';

export const cellOf = (s: SummarySubmission): StatusCell => ({
  state: slotState(s, true),
  submittedAt: s.submittedAt,
  version: s.version,
  errors: s.errors,
  warnings: s.warnings,
  source: s.source ?? null,
  nilReturn: s.nilReturn === true,
});

const absent = (expected: boolean): StatusCell => ({
  state: slotState(null, expected), submittedAt: null, version: null, errors: null, warnings: null, source: null, nilReturn: false,
});

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
    function* judged() {
      for (const code of codes) {
        const expected = isExpected(code);
        const cell = cellsOf(code)?.get(id) ?? absent(expected);
        if (withCells) cells[id] = cell;
        yield { state: cell.state, expected };
      }
    }
    counts[id] = countSlots(judged());
  }
  return { cells, counts };
}
