import { describe, expect, it } from 'vitest';
import { isBlank } from '../../../templates/normalize/cell.ts';

describe('isBlank', () => {
  it('treats every kind of pasted space and zero-width character as blank', () => {
    for (const v of [undefined, '', ' ', '\u3000', '\u00a0\t\n', '\u200b', '\ufeff', ' \u2060 ']) expect(isBlank(v)).toBe(true);
  });

  it('treats anything visible as filled, wherever it starts', () => {
    for (const v of ['a', '张', '0', 0, '\u3000张', ' 1', '\u200b党员', '①', 'Ａ', '#N/A']) expect(isBlank(v)).toBe(false);
  });
});
