import { describe, expect, it } from 'vitest';
import { isMeasurable, measurablePledge } from '../../../templates/rules/measurable.ts';
import { ctxOf } from '../catalog/fixtures.ts';

describe('isMeasurable', () => {
  it.each([
    '办结群众来信30件',
    '６月底前完成档案数字化',
    '窗口办件满意率95%以上',
    '每月走访困难群众一次',
    '帮扶两户困难家庭',
    '全年办理实事十五件',
    '每周开展一次业务学习',
    '确保来信来访当日办结',
    '实现服务对象零投诉',
    '辖区困难党员走访全覆盖',
    '群众来信办结率达到百分之百',
    '满意率不低于九成',
    '上好一堂专题党课',
    '组织三场技能比武',
  ])('accepts %s', (text) => expect(isMeasurable(text)).toBe(true));

  it.each([
    '进一步提高服务质量',
    '积极为群众办实事、办好事',
    '统一思想，提高认识',
    '争创五个好党组织',
    '践行三个代表重要思想',
    '提高工作效率',
    '切实转变工作作风，树立一流形象',
    '定期开展学习',
  ])('rejects %s', (text) => expect(isMeasurable(text)).toBe(false));

  // A cell at Excel's 32,767-character limit made of numerals: matching from every position inside the run took 11 s.
  it('reads a cell-sized run of numerals in one pass, counting a measure word only at its end', () => {
    const run = '一'.repeat(32_760);
    expect(isMeasurable(run)).toBe(false);
    expect(isMeasurable(`${run}次`)).toBe(true);
    expect(isMeasurable(`进一步${run}提高`)).toBe(false);
  });
});

describe('measurablePledge', () => {
  const rule = measurablePledge('pledge');
  const ctx = ctxOf({});

  it('warns on a slogan', () => {
    expect(rule.check({ pledge: '进一步提高服务质量' }, ctx)).toEqual([
      { code: 'row/not-measurable', severity: 'warning', column: 'pledge' },
    ]);
  });

  it('passes a quantified pledge', () => {
    expect(rule.check({ pledge: '每月走访群众2次' }, ctx)).toEqual([]);
  });

  it('leaves blanks to the required check', () => {
    expect(rule.check({ pledge: null }, ctx)).toEqual([]);
    expect(rule.check({}, ctx)).toEqual([]);
  });
});
