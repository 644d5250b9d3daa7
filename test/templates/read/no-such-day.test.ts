import { describe, expect, it } from 'vitest';
import { catalog } from '../../../templates/catalog/index.ts';
import { issueMessage } from '../../../templates/messages/zh.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';
import { grid, pledgeRow, pledgeSheet } from '../../fixtures/grids.ts';

describe('a date the calendar does not have', () => {
  it('says the month has no such day, instead of suggesting the form is wrong', () => {
    const r = validateGrid(grid([pledgeSheet([pledgeRow(1, { 7: '2026年6月31日' }), pledgeRow(2, { 7: '2026-02-30' }), pledgeRow(3, { 7: '下个月' })])]), catalog, { today: '2026-07-15' });
    const dates = r.report.issues.filter((i) => i.code === 'cell/date');
    expect(dates.map((i) => [i.cell, i.params ?? null])).toEqual([
      ['H5', { month: 6, day: 31 }],
      ['H6', { month: 2, day: 30 }],
      ['H7', null],
    ]);
    expect(dates.map(issueMessage)).toEqual([
      '“2026年6月31日”不是存在的日期：6月没有31日，请核对后填写。',
      '“2026-02-30”不是存在的日期：2月没有30日，请核对后填写。',
      '无法识别“下个月”，请填写日期，如 2026-07-15。',
    ]);
  });
});
