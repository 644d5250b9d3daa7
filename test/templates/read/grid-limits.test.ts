import { describe, expect, it } from 'vitest';
import { catalog } from '../../../templates/catalog/index.ts';
import type { Grid, GridSheet } from '../../../templates/model/grid.ts';
import { gridOverLimits } from '../../../templates/read/grid-limits.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';

/**
 * A JSON grid (the add-in's, or anyone's with a token) gets the reader's caps
 * before any normalisation: issue 7 found a 5 MB cell taking 6–17 s and
 * ~720 MB in the service.
 */

const HEADERS = ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'];
const grid = (pledge: string, extra: Partial<GridSheet> = {}): Grid => ({
  sheets: [{ name: '承诺践诺台账', values: [HEADERS, [1, '党员', '张三', '第一党支部', '服务承诺', pledge, '每周走访', '2026-06-30', '推进中']], ...extra }],
  source: { kind: 'workbook', name: '当前工作簿' },
});
const LIMITS = { maxRows: 100, maxCells: 1000 };

describe('gridOverLimits', () => {
  it('refuses a cell longer than a grid may carry, naming it from the sheet origin', () => {
    const huge = 'x'.repeat(5_000_000);
    const expected = {
      severity: 'error',
      code: 'file/cell-too-long',
      sheet: '承诺践诺台账',
      cell: 'H4',
      expected: 32_767,
      params: { sheet: '承诺践诺台账', cell: 'H4', limit: 32_767 },
    };
    expect(gridOverLimits(grid(huge, { origin: { row: 2, col: 2 } }), LIMITS)).toEqual(expected);
    const { report } = validateGrid(grid(huge, { origin: { row: 2, col: 2 } }), catalog);
    expect(report).toMatchObject({ valid: false, template: null, issues: [expected] });
  });

  it('lets a cell of 32,768 characters through, to be reported as too long at its cell', () => {
    const long = '办'.repeat(32_768);
    expect(gridOverLimits(grid(long), LIMITS)).toBeNull();
    const { report } = validateGrid(grid(long), catalog, { today: '2026-07-10', period: '2026H1' });
    expect(report.issues.filter((i) => i.code === 'cell/too-long')).toEqual([
      {
        severity: 'error',
        code: 'cell/too-long',
        sheet: '承诺践诺台账',
        cell: 'F2',
        row: 2,
        column: { key: 'pledge', header: '承诺事项' },
        value: `${long.slice(0, 200)}…`,
        expected: 32_767,
      },
    ]);
  });

  it('refuses more merges than the workbook cap', () => {
    const merges = Array.from({ length: 11 }, (_, i) => `A${i + 100}:B${i + 100}`);
    expect(gridOverLimits(grid('走访2户', { merges }), { ...LIMITS, maxMerges: 10 })).toEqual({
      severity: 'error',
      code: 'file/too-many-merges',
      sheet: '承诺践诺台账',
      expected: 10,
      params: { sheet: '承诺践诺台账', limit: 10 },
    });
  });

  it('refuses more than 2,000 merges in the first 41 rows, and takes 2,000', () => {
    const merges = Array.from({ length: 2_000 }, (_, i) => `A${(i % 41) + 1}:C${(i % 41) + 1}`);
    expect(gridOverLimits(grid('走访2户', { merges: [...merges, 'A900:B900'] }), LIMITS)).toBeNull();
    expect(gridOverLimits(grid('走访2户', { merges: [...merges, 'D41:E41'] }), LIMITS)).toEqual({
      severity: 'error',
      code: 'file/too-many-merges',
      sheet: '承诺践诺台账',
      expected: 2_000,
      params: { sheet: '承诺践诺台账', limit: 2_000, rows: 41 },
    });
  });

  it('refuses a file or sheet name no system allows, without repeating it', () => {
    const long = '表'.repeat(256);
    const refusal = { severity: 'error', code: 'file/corrupt', params: { reason: 'name-too-long', limit: 255 } };
    expect(gridOverLimits({ ...grid('走访2户'), source: { kind: 'file', name: `${long}.xlsx` } }, LIMITS)).toEqual(refusal);
    const sheet = grid('走访2户');
    sheet.sheets[0]!.name = long;
    expect(gridOverLimits(sheet, LIMITS)).toEqual(refusal);
    expect(gridOverLimits({ ...grid('走访2户'), source: { kind: 'file', name: `${'表'.repeat(250)}.xlsx` } }, LIMITS)).toBeNull();
  });
});
