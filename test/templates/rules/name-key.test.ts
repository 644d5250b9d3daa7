import { describe, expect, it } from 'vitest';
import { memoNameKey, nameKey } from '../../../templates/rules/name-key.ts';

/** The definition nameKey must agree with, spelt out without any fast path. */
const reference = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '').replace(/[.•・‧∙･]/g, '·');

describe('nameKey', () => {
  it('folds padding, full-width forms and the middle dots', () => {
    expect(nameKey('张  毅')).toBe('张毅');
    expect(nameKey('\u3000王伟 ')).toBe('王伟');
    expect(nameKey('Ａ座第１党支部')).toBe('A座第1党支部');
    expect(nameKey('阿依古丽.买买提')).toBe('阿依古丽·买买提');
    expect(nameKey('阿依古丽・买买提')).toBe('阿依古丽·买买提');
    expect(nameKey('﨑')).toBe('﨑'.normalize('NFKC'));
  });

  it('keeps every CJK unified ideograph, ASCII letter and digit exactly as the full normalisation would', () => {
    const plain = [
      ...Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i)),
      ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    ];
    const differing = plain.filter((ch) => nameKey(`王${ch}`) !== reference(`王${ch}`));
    expect(differing).toEqual([]);
  });

  it('gives the same key through the per-sheet cache, on repeats too', () => {
    const key = memoNameKey();
    for (const name of ['张  毅', '张毅', '张  毅', 'Ａ座', '第一党支部']) expect(key(name)).toBe(nameKey(name));
  });
});
