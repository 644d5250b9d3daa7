import { describe, expect, it } from 'vitest';
import { cleanText, enumKey, headerKey, toHalfWidth } from '../../../templates/normalize/text.ts';

/**
 * The text normalisers run on every cell, up to 32,767 characters each: they
 * must be linear. Issue 7 found /\s+$/-style patterns retried at every
 * position of a long run (2.5 s for one 32,767-character cell), and
 * toHalfWidth building its result one character at a time (a 3.9 MB cell ran a
 * 128 MB heap out of memory). The long inputs below would each take minutes
 * with those patterns.
 */

const RUN = 300_000;

describe('toHalfWidth', () => {
  it('folds full-width ASCII and the ideographic and no-break spaces, and nothing else', () => {
    expect(toHalfWidth('ＡＢＣ１２３！～，\u3000\u00a0中文。、😀')).toBe('ABC123!~,  中文。、😀');
    expect(toHalfWidth('plain')).toBe('plain');
  });

  it('folds a long full-width run', () => {
    expect(toHalfWidth('Ａ'.repeat(RUN))).toBe('A'.repeat(RUN));
  });
});

describe('cleanText', () => {
  it('trims every kind of space and drops zero-width characters, keeping inner text', () => {
    expect(cleanText('\u3000 \u00a0张 三\n\t\ufeff')).toBe('张 三');
    expect(cleanText('a\u200bb')).toBe('ab');
    expect(cleanText(' \u3000 ')).toBe('');
  });

  it('trims around a long inner run of spaces', () => {
    expect(cleanText(` a${' '.repeat(RUN)}b `)).toBe(`a${' '.repeat(RUN)}b`);
  });
});

describe('headerKey', () => {
  it('drops spaces, stars and one trailing parenthesised unit', () => {
    expect(headerKey('* 满意率（%）')).toBe('满意率');
    expect(headerKey('完成时限(年月日)')).toBe('完成时限');
    expect(headerKey('承诺事项【必填】*')).toBe('承诺事项');
    expect(headerKey('a(b(c)')).toBe('a');
    expect(headerKey('a(b)c(d)')).toBe('a(b)c');
    expect(headerKey('(x)')).toBe('');
    expect(headerKey('Ｎａｍｅ')).toBe('name');
  });

  it('handles long runs of openers and stars', () => {
    expect(headerKey('('.repeat(RUN))).toBe('('.repeat(RUN));
    expect(headerKey(`a${'('.repeat(RUN)})`)).toBe('a');
    expect(headerKey(`${'*'.repeat(RUN)}序号${'*'.repeat(RUN)}`)).toBe('序号');
  });
});

describe('enumKey', () => {
  it('drops spaces and trailing punctuation, folding width and case', () => {
    expect(enumKey(' 已 完成。 ')).toBe('已完成');
    expect(enumKey('Ｙｅｓ！！')).toBe('yes');
    expect(enumKey('是、否、')).toBe('是、否');
  });

  it('handles a long run of punctuation that does not end the text', () => {
    expect(enumKey(`${'。'.repeat(RUN)}是`)).toBe(`${'。'.repeat(RUN)}是`);
  });
});
