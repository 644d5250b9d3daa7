import { describe, expect, it } from 'vitest';
import { parseNumber, parsePercent } from '../../../templates/normalize/number.ts';
import { cleanText, enumKey, headerKey, toHalfWidth } from '../../../templates/normalize/text.ts';

describe('parseNumber', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['１２', 12],
    [' 12 ', 12],
    ['1,234', 1234],
    ['-3.5', -3.5],
    ['12\u3000', 12],
  ])('reads %j', (input, value) => expect(parseNumber(input)).toEqual({ ok: true, value }));
  it.each(['12人', '十二', '', 'abc', '1.2.3', true, Number.NaN])('refuses %j', (input) =>
    expect(parseNumber(input as never)).toEqual({ ok: false }),
  );
});

describe('parsePercent', () => {
  it.each([
    [0.95, '0%', 0.95],
    [0.95, 'General', 0.95],
    [95, 'General', 0.95],
    [1, '0%', 1],
    ['95%', 'General', 0.95],
    ['95.5％', 'General', 0.955],
    ['０.９', 'General', 0.9],
    ['88', '@', 0.88],
  ])('reads %j (%s) as %d', (input, fmt, value) => expect(parsePercent(input, fmt)).toEqual({ ok: true, value }));
  it.each(['很满意', '95%%', ''])('refuses %j', (input) => expect(parsePercent(input, 'General')).toEqual({ ok: false }));
});

describe('text forms', () => {
  it('folds full-width forms and spaces', () => {
    expect(toHalfWidth('ＡＢＣ１２３（）：')).toBe('ABC123():');
    expect(cleanText('\u200b 张三\u3000\u00a0')).toBe('张三');
  });
  it('compares headers without stars, spaces and unit suffixes', () => {
    expect(headerKey('承诺主体*')).toBe('承诺主体');
    expect(headerKey('＊承 诺 主 体')).toBe('承诺主体');
    expect(headerKey('满意率（%）')).toBe('满意率');
    expect(headerKey('满意率(%)')).toBe('满意率');
    expect(headerKey('完成\n时限')).toBe('完成时限');
  });
  it('compares enum values without trailing punctuation', () => {
    expect(enumKey('已完成。')).toBe('已完成');
    expect(enumKey(' 已完成 ')).toBe('已完成');
    expect(enumKey('满意！')).toBe('满意');
  });
});
