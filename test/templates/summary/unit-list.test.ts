import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../templates/model/grid.ts';
import { parseUnitList, unitListMessage } from '../../../templates/summary/index.ts';

const grid = (values: Grid['sheets'][number]['values']): Grid => ({ source: { kind: 'file', name: 'units.xlsx' }, sheets: [{ name: '说明', values: [['单位名单说明']] }, { name: '名单', values }] });

describe('parseUnitList', () => {
  it('reads units under a title row, folds full-width digits and keeps a bad count as 0 with a problem', () => {
    const out = parseUnitList(grid([
      ['市直机关单位名单'],
      ['单位编码*', '单位名称', '上级单位编码', '党员总数', '内设团队数', '党支部数'],
      ['W', '市直工委', '', '', '', ''],
      [' D1 ', '市统计局', 'W', '１２', 3, 2],
      ['D2', '市财政局', 'W', '十二', 1, 1],
      ['', '', '', '', '', ''],
      ['D1', '重复单位', 'W', 1, 1, 1],
      ['D3', '', 'W', 1, 1, 1],
    ]));
    expect(out.units).toEqual([
      { code: 'W', name: '市直工委', parent: null, members: 0, teams: 0, branches: 0 },
      { code: 'D1', name: '市统计局', parent: 'W', members: 12, teams: 3, branches: 2 },
      { code: 'D2', name: '市财政局', parent: 'W', members: 0, teams: 1, branches: 1 },
    ]);
    expect(out.problems).toEqual([
      { code: 'cell/number', row: 5, header: '党员总数', value: '十二' },
      { code: 'unit/duplicate', row: 7, value: 'D1' },
      { code: 'cell/required', row: 8, header: '单位名称' },
    ]);
    expect(out.problems.map(unitListMessage)).toEqual([
      '单位名单第 5 行“党员总数”应为非负整数，现为“十二”，按 0 计。',
      '单位名单第 7 行的单位编码“D1”重复，该行已忽略。',
      '单位名单第 8 行未填写“单位名称”，该行已忽略。',
    ]);
  });

  it('names the missing headers when no sheet has them', () => {
    expect(parseUnitList(grid([['编码', '名称']])).problems.map(unitListMessage)).toEqual([
      '单位名单缺少“单位编码”列（表头应为：单位编码、单位名称、上级单位编码、党员总数、内设团队数、党支部数）。',
      '单位名单缺少“单位名称”列（表头应为：单位编码、单位名称、上级单位编码、党员总数、内设团队数、党支部数）。',
    ]);
  });
});
