import { describe, expect, it } from 'vitest';
import { demonstrationAction } from '../../../templates/catalog/demonstration-action.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const named = {
  kind: '示范岗',
  name: '政务服务窗口示范岗',
  department: '市人防办',
  leader: '张三',
  teamMembers: null,
  appliedOn: '2016-05-12',
  satisfactionRate: 0.98,
  publicityStart: '2016-06-01',
  publicityEnd: '2016-06-07',
  status: '已命名',
  namedOn: '2016-06-28',
};
const ctx = ctxOf(demonstrationAction.defaults, { reportDate: '2016-06-30', period: { code: '2016', start: '2016-05-05', end: '2016-12-31' } });

describe('demonstration-action row rules', () => {
  it('passes a named post that went through every step in order', () => {
    expect(checkRow(demonstrationAction, named, ctx)).toEqual([]);
  });

  it('wants the evaluation, the publicity dates and the naming date once 已命名', () => {
    const bare = { ...named, satisfactionRate: null, publicityStart: null, publicityEnd: null, namedOn: null };
    const other = { other: '命名状态', otherValue: '已命名' };
    expect(checkRow(demonstrationAction, bare, ctx)).toEqual([
      { code: 'row/required-when', severity: 'error', column: 'satisfactionRate', params: other },
      { code: 'row/required-when', severity: 'error', column: 'publicityStart', params: other },
      { code: 'row/required-when', severity: 'error', column: 'publicityEnd', params: other },
      { code: 'row/required-when', severity: 'error', column: 'namedOn', params: other },
    ]);
    expect(checkRow(demonstrationAction, { ...bare, status: '初评推荐' }, ctx)).toEqual([]);
  });

  it('keeps the procedure order 申报 ≤ 公示开始 ≤ 公示结束 ≤ 命名', () => {
    expect(checkRow(demonstrationAction, { ...named, publicityStart: '2016-05-01', namedOn: '2016-06-05' }, ctx)).toEqual([
      { code: 'row/date-order', severity: 'error', column: 'publicityStart', params: { other: '申报日期', otherValue: '2016-05-12' } },
      { code: 'row/date-order', severity: 'error', column: 'namedOn', params: { other: '公示结束', otherValue: '2016-06-07' } },
    ]);
  });

  it('refuses a naming date after the report date', () => {
    expect(checkRow(demonstrationAction, { ...named, namedOn: '2016-07-01' }, ctx)).toEqual([
      { code: 'row/date-after-report', severity: 'error', column: 'namedOn', params: { reportDate: '2016-06-30' } },
    ]);
  });

  it('takes 团队党员数 for teams only (warnings)', () => {
    expect(checkRow(demonstrationAction, { ...named, teamMembers: 8 }, ctx)).toEqual([
      { code: 'row/forbidden-when', severity: 'warning', column: 'teamMembers', params: { other: '示范类型', otherValue: '示范岗', allowed: '示范团队' } },
    ]);
    expect(checkRow(demonstrationAction, { ...named, kind: '示范团队', teamMembers: 8 }, ctx)).toEqual([]);
    expect(checkRow(demonstrationAction, { ...named, kind: '示范团队' }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'warning', column: 'teamMembers', params: { other: '示范类型', otherValue: '示范团队' } },
    ]);
  });

  it('carries the quota defaults of source 004', () => {
    expect(demonstrationAction.defaults).toEqual({ postQuota: 0.1, teamQuota: 0.1, unitQuota: 0.1, sectorMin: 2, sectorMax: 3 });
    expect(demonstrationAction.derive(named, ctx)).toEqual({});
  });
});

describe('demonstration-action sheet rules', () => {
  it('warns on the same kind and name twice', () => {
    const rows = [named, { ...named, kind: '示范团队' }, { ...named, name: '政务服务窗口 示范岗' }];
    expect(checkSheet(demonstrationAction, rows, ctx)).toEqual([
      { code: 'sheet/duplicate-row', severity: 'warning', row: 5, column: 'kind', params: { firstRow: 3 } },
    ]);
  });
});
