import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../templates/model/grid.ts';
import { readUnitList } from '../../../templates/units/unit-list.ts';

const grid = (values: Grid['sheets'][number]['values']): Grid => ({
  source: { kind: 'file', name: 'units.xlsx' },
  sheets: [{ name: '说明', values: [['单位名单说明']] }, { name: '名单', values }],
});

describe('readUnitList', () => {
  it('reads units under a title row, folding full-width codes and counts', () => {
    const out = readUnitList(grid([
      ['市直机关单位名单'],
      ['单位编码*', '单位名称', '上级单位编码', '党员总数', '内设团队数', '党支部数'],
      ['W', '市直工委', '', '', '', ''],
      [' Ｄ1 ', '市统计局', 'W', '１２', 3, 2],
      ['', '', '', '', '', ''],
    ]));
    expect(out).toEqual({
      units: [
        { code: 'W', name: '市直工委', parentCode: null, members: 0, teams: 0, branches: 0 },
        { code: 'D1', name: '市统计局', parentCode: 'W', members: 12, teams: 3, branches: 2 },
      ],
      problems: [],
    });
  });

  it('names the cell and the fix for every bad row, and keeps the rows that have a code', () => {
    const out = readUnitList(grid([
      ['单位编码', '单位名称', '上级单位编码', '党员总数'],
      ['W', '市直工委', '', ''],
      ['D2', '市财政局', 'W', '十二'],
      ['D2', '重复单位', 'W', 1],
      ['D3', '', 'X9', 1],
    ]));
    expect(out.units.map((u) => u.code)).toEqual(['W', 'D2', 'D3']);
    expect(out.problems).toEqual([
      { sheet: '名单', cell: 'D3', message: 'D3：党员总数应为不小于 0 的整数，现为“十二”' },
      { sheet: '名单', cell: 'A4', message: 'A4：单位编码“D2”与第 3 行重复' },
      { sheet: '名单', cell: 'B5', message: 'B5：单位名称不能为空' },
      { sheet: '名单', cell: 'C5', message: 'C5：上级单位编码“X9”既不在名单中，也不是已有单位' },
    ]);
  });

  it('catches a loop through units the service already has', () => {
    const out = readUnitList(grid([['单位编码', '单位名称', '上级单位编码'], ['A', '甲', 'B']]), new Map([['B', 'A']]));
    expect(out.problems).toEqual([{ sheet: '名单', cell: 'C2', message: 'C2：上级单位“B”会使单位“A”成为自己的下级，请检查上下级关系' }]);
  });

  it('says which header is expected when there is none', () => {
    expect(readUnitList(grid([['编码', '名称']])).problems).toEqual([
      { sheet: '说明', message: '未找到表头“单位编码”：请使用单位名单模板（单位编码、单位名称、上级单位编码、党员总数、内设团队数、党支部数）' },
    ]);
  });
});
