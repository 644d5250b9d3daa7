import { describe, expect, it } from 'vitest';
import { rowRulesFor } from '../../../templates/rules/row-rules.ts';
import { int, number, percent, text, choice, date } from '../../../templates/model/columns.ts';
import { ctxOf } from '../catalog/fixtures.ts';

const columns = [
  choice('status', '完成情况', ['未开始', '已完成']),
  date('completedOn', '实际完成日期'),
  int('dissatisfied', '不满意'),
  text('rectification', '整改措施'),
  int('participants', '实参评人数'),
  int('satisfied', '满意'),
  int('basic', '基本满意'),
  percent('rate', '满意率'),
  number('a', '甲项'),
  number('b', '乙项'),
  number('total', '总分'),
];
type P = { tolerance: number; max: number };
const rules = rowRulesFor<P>(columns);
const ctx = ctxOf<P>({ tolerance: 0.005, max: 20 });

describe('requiredWhen', () => {
  it('is an error by default, as before', () => {
    const rule = rules.requiredWhen('completedOn', 'status', ['已完成']);
    expect(rule.check({ status: '已完成', completedOn: null }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'error', column: 'completedOn', params: { other: '完成情况', otherValue: '已完成' } },
    ]);
    expect(rule.check({ status: '已完成', completedOn: '2026-06-01' }, ctx)).toEqual([]);
    expect(rule.check({ status: '未开始', completedOn: null }, ctx)).toEqual([]);
    expect(rule.describe).toBe('“完成情况”为“已完成”时，“实际完成日期”必须填写。');
  });

  it('takes a severity', () => {
    const rule = rules.requiredWhen('completedOn', 'status', ['已完成'], 'warning');
    expect(rule.check({ status: '已完成' }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'warning', column: 'completedOn', params: { other: '完成情况', otherValue: '已完成' } },
    ]);
  });
});

describe('requiredWhenPositive', () => {
  const rule = rules.requiredWhenPositive('rectification', 'dissatisfied', 'warning');
  it('asks for the column once the number is above zero', () => {
    expect(rule.check({ dissatisfied: 2, rectification: null }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'warning', column: 'rectification', params: { other: '不满意', otherValue: '2' } },
    ]);
    expect(rule.check({ dissatisfied: 2, rectification: '逐户回访' }, ctx)).toEqual([]);
    expect(rule.check({ dissatisfied: 0, rectification: null }, ctx)).toEqual([]);
    expect(rule.check({ dissatisfied: null, rectification: null }, ctx)).toEqual([]);
  });
});

describe('onlyWhen', () => {
  it('keeps the error default and takes a severity', () => {
    expect(rules.onlyWhen('completedOn', 'status', ['已完成']).check({ status: '未开始', completedOn: '2026-06-01' }, ctx)).toEqual([
      { code: 'row/forbidden-when', severity: 'error', column: 'completedOn', params: { other: '完成情况', otherValue: '未开始', allowed: '已完成' } },
    ]);
    expect(rules.onlyWhen('completedOn', 'status', ['已完成'], 'warning').check({ status: null, completedOn: '2026-06-01' }, ctx)).toEqual([
      { code: 'row/forbidden-when', severity: 'warning', column: 'completedOn', params: { other: '完成情况', otherValue: '', allowed: '已完成' } },
    ]);
  });
});

describe('rateMatches', () => {
  const rule = rules.rateMatches('rate', ['satisfied', 'basic'], 'participants', 'tolerance');
  const row = { participants: 15, satisfied: 10, basic: 4 }; // 14/15 = 93.33%

  it('accepts a rate rounded within the tolerance', () => {
    expect(rule.check({ ...row, rate: 0.933 }, ctx)).toEqual([]);
    expect(rule.check({ ...row, rate: 0.938 }, ctx)).toEqual([]);
  });

  it('rejects a rate off by more than the tolerance, expecting the computed one', () => {
    expect(rule.check({ ...row, rate: 0.9 }, ctx)).toEqual([
      { code: 'row/rate-mismatch', severity: 'error', column: 'rate', params: { parts: '满意+基本满意', denominator: '实参评人数', tolerance: 0.5 }, expected: 0.9333 },
    ]);
  });

  it('uses the tolerance from the params', () => {
    expect(rule.check({ ...row, rate: 0.9 }, ctxOf<P>({ tolerance: 0.05, max: 20 }))).toEqual([]);
  });

  it('skips a blank rate and a zero or blank denominator', () => {
    expect(rule.check({ ...row, rate: null }, ctx)).toEqual([]);
    expect(rule.check({ ...row, participants: 0, rate: 0.5 }, ctx)).toEqual([]);
    expect(rule.check({ ...row, participants: null, rate: 0.5 }, ctx)).toEqual([]);
  });
});

describe('totalEquals', () => {
  const rule = rules.totalEquals(['a', 'b'], 'total');
  it('checks the total once every part is filled', () => {
    expect(rule.check({ a: 18.5, b: 19.3, total: 37.8 }, ctx)).toEqual([]);
    expect(rule.check({ a: 18.5, b: 19.3, total: 38 }, ctx)).toEqual([
      { code: 'row/total-mismatch', severity: 'error', column: 'total', params: { parts: '甲项+乙项', sum: 37.8 }, expected: 37.8 },
    ]);
    expect(rule.check({ a: 18.5, b: null, total: 38 }, ctx)).toEqual([]);
  });
});

describe('atMostParam', () => {
  const rule = rules.atMostParam(['a', 'b'], 'max');
  it('flags each column above the limit', () => {
    expect(rule.check({ a: 21, b: 20 }, ctx)).toEqual([{ code: 'cell/max', severity: 'error', column: 'a', params: { max: 20 }, expected: 20 }]);
    expect(rule.check({ a: 21, b: 20 }, ctxOf<P>({ tolerance: 0, max: 25 }))).toEqual([]);
    expect(rule.check({ a: null, b: 0 }, ctx)).toEqual([]);
  });
});

it('refuses an unknown column key when the rule is built', () => {
  expect(() => rules.requiredWhen('nope', 'status', ['已完成'])).toThrow('unknown column key: nope');
});

describe('requiredWhenLess', () => {
  const meeting = rowRulesFor([int('expected', '应到人数'), int('attended', '实到人数'), text('absent', '缺席人员及原因')]);
  const rule = meeting.requiredWhenLess('absent', 'attended', 'expected');
  it('asks for the column once the lesser number is below the greater', () => {
    expect(rule.check({ expected: 30, attended: 25, absent: null }, ctx)).toEqual([
      { code: 'row/required-when', severity: 'error', column: 'absent', params: { other: '实到人数', otherValue: '25', condition: '实到人数（25）少于应到人数（30）' } },
    ]);
    expect(rule.check({ expected: 30, attended: 25, absent: '张三（出差）' }, ctx)).toEqual([]);
    expect(rule.check({ expected: 30, attended: 30, absent: null }, ctx)).toEqual([]);
    expect(rule.check({ expected: null, attended: 25, absent: null }, ctx)).toEqual([]);
  });
});
