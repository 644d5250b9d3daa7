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
      { sheet: '名单', cell: 'D3', message: 'D3：党员总数应为 0 到 1000000 之间的整数，现为“十二”' },
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
      { sheet: '说明', message: '未找到表头“单位编码”：请使用单位名单模板（单位编码、单位名称、上级单位编码、党员总数、内设团队数、党支部数、联系人、联系电话）' },
    ]);
  });

  it('reads 联系人 and 联系电话 under their aliases; a blank is null, an absent column undefined', () => {
    const out = readUnitList(grid([
      ['单位代码', '单位名称', '联系人姓名', '联系方式'],
      ['W', '市直工委', '王芳', 13800000000],
      ['D1', '市统计局', '', ''],
    ]));
    expect(out).toEqual({
      units: [
        { code: 'W', name: '市直工委', parentCode: null, members: 0, teams: 0, branches: 0, contactName: '王芳', contactPhone: '13800000000' },
        { code: 'D1', name: '市统计局', parentCode: null, members: 0, teams: 0, branches: 0, contactName: null, contactPhone: null },
      ],
      problems: [],
    });
    expect(readUnitList(grid([['单位编码', '单位名称'], ['W', '市直工委']])).units[0]).not.toHaveProperty('contactName');
  });

  it('keeps the CLI going past a bad cell: the row stays with the value it could read, a bad code drops it', () => {
    const out = readUnitList(grid([
      ['单位编码', '单位名称', '党员总数', '联系电话'],
      ['W', '市直工委', 1e15, 'call me'],
      ['W W', '市统计局', 1, ''],
    ]));
    expect(out.units).toEqual([{ code: 'W', name: '市直工委', parentCode: null, members: 0, teams: 0, branches: 0, contactPhone: null }]);
    expect(out.problems.map((p) => p.message)).toEqual([
      'C2：党员总数应为 0 到 1000000 之间的整数，现为“1000000000000000”',
      'D2：联系电话只能由数字、空格、“-”和“+”组成，现为“call me”',
      'A3：单位编码只能由字母、数字和“-”“_”“.”组成，并以字母或数字开头，现为“W W”',
    ]);
  });
});
