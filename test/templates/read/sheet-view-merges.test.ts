import { describe, expect, it } from 'vitest';
import type { GridSheet } from '../../../templates/model/grid.ts';
import { MAX_HEADER_MERGES, SheetView } from '../../../templates/read/sheet-access.ts';

const sheet = (values: GridSheet['values'], merges: string[]): GridSheet => ({ name: 'S', values, merges });

describe('SheetView merges', () => {
  it('shows a merged range’s top-left value in every cell of it, however wide', () => {
    const view = new SheetView(sheet([['标题'], ['序号', '承诺事项'], ['', '']], ['A1:XFD1', 'A2:A3']));
    expect(view.shown(0, 16_383)).toBe('标题');
    expect(view.shown(0, 0)).toBe('标题');
    expect(view.shown(2, 0)).toBe('序号');
    expect(view.shown(2, 1)).toBe('');
  });

  it('expands merges only down to row 41, whatever their height', () => {
    const values = Array.from({ length: 45 }, (_, r) => [`r${r}`]);
    const view = new SheetView(sheet(values, ['A1:C1048576', 'A42:B43']));
    expect(view.shown(40, 2)).toBe('r0');
    expect(view.shown(41, 0)).toBe('r41');
    expect(view.shown(42, 1)).toBe('');
  });

  it('keeps the leftmost of overlapping merges, which Excel never writes', () => {
    const view = new SheetView(sheet([['a', 'b', 'c', 'd']], ['B1:D1', 'A1:C1', 'D1:D1']));
    expect([0, 1, 2, 3].map((c) => view.shown(0, c))).toEqual(['a', 'a', 'a', 'd']);
  });

  it('expands no more than MAX_HEADER_MERGES merges', () => {
    const merges = Array.from({ length: MAX_HEADER_MERGES + 1 }, (_, i) => `A${(i % 40) + 1}:B${(i % 40) + 1}`);
    merges[MAX_HEADER_MERGES] = 'C1:D1';
    const view = new SheetView(sheet([['a', 'b', 'c', 'd']], merges));
    expect(view.shown(0, 1)).toBe('a');
    expect(view.shown(0, 3)).toBe('d');
  });
});
