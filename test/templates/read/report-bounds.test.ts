import { describe, expect, it, vi } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/pledge-ledger.ts';
import { gridOverLimits } from '../../../templates/read/grid-limits.ts';
import { IssueSink } from '../../../templates/read/issue-sink.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';
import { grid, pledgeRow, pledgeSheet, sheet } from '../../fixtures/grids.ts';

const catalog = [pledgeLedger];

describe('a report stays small and a JSON grid is capped like a file', () => {
  it('lists skipped rows up to the cap but counts them all (drag-filled 序号)', () => {
    const numbered = Array.from({ length: 1500 }, (_, i) => [i + 2]);
    const r = validateGrid(grid([pledgeSheet([pledgeRow(1, { 1: '党组织', 4: '实事承诺' }), ...numbered])]), catalog, { today: '2026-07-10' });
    expect(r.report.stats).toMatchObject({ rowsRead: 1501, rowsValid: 1, rowsSkipped: 1500 });
    expect(r.report.skipped).toHaveLength(1000);
    expect(r.report.skipped[999]).toEqual({ row: 1005, reason: 'blank' });
  });

  it('stops building issues at the cap but still counts every error', () => {
    const add = vi.spyOn(IssueSink.prototype, 'add');
    try {
      const bad = Array.from({ length: 1500 }, (_, i) => pledgeRow(i + 1, { 1: '不是类型' }));
      const r = validateGrid(grid([pledgeSheet(bad)]), catalog, { today: '2026-07-10' });
      expect(r.report.stats).toMatchObject({ rowsRead: 1500, rowsWithErrors: 1500, errors: 1500, warnings: 0 });
      expect(r.report.issues).toHaveLength(1000);
      expect(r.report.truncated).toBe(500);
      expect(r.report.issues[999]).toMatchObject({ code: 'cell/enum', row: 1004, value: '不是类型' });
      // Past the cap nothing is built: a sheet of millions of failing cells stays in bounded memory.
      expect(add).toHaveBeenCalledTimes(1000);
    } finally {
      add.mockRestore();
    }
  });

  it('clips a pasted essay in an issue value to 200 characters', () => {
    const essay = '很'.repeat(30_000);
    const r = validateGrid(grid([pledgeSheet([pledgeRow(1, { 1: essay })])]), catalog, { today: '2026-07-10' });
    const issue = r.report.issues.find((i) => i.code === 'cell/enum')!;
    expect(issue.value).toBe(`${'很'.repeat(200)}…`);
  });

  it('refuses an oversized grid before doing any work on it', () => {
    const wide = grid([sheet('s', [Array.from({ length: 16_385 }, () => 'x')])]);
    expect(validateGrid(wide, catalog).report.issues).toEqual([{ severity: 'error', code: 'file/corrupt', file: '测试.xlsx', sheet: 's', params: { reason: 'columns' } }]);
    const many = grid([sheet('s', Array.from({ length: 30 }, () => Array.from({ length: 10 }, () => 1)))]);
    expect(gridOverLimits(many, { maxRows: 100, maxCells: 299 })).toEqual({
      severity: 'error', code: 'file/too-many-cells', file: '测试.xlsx', sheet: 's', expected: 299, params: { limit: 299 },
    });
    expect(gridOverLimits(many, { maxRows: 29, maxCells: 1000 })).toMatchObject({ code: 'file/too-many-rows', expected: 29 });
    expect(gridOverLimits(many, { maxRows: 30, maxCells: 300 })).toBeNull();
  });
});
