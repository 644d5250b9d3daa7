import { describe, expect, it } from 'vitest';
import { choice, percent, text } from '../../../templates/model/columns.ts';
import { normalizeCell, type CellOutcome } from '../../../templates/normalize/cell.ts';
import { enumLookup } from '../../../templates/normalize/enum.ts';
import { CellMemo } from '../../../templates/read/cell-memo.ts';

/** What RowValidator does per cell: the remembered outcome, else a fresh one remembered. */
const through = (memo: CellMemo, compute: (raw: string | number, format: string) => CellOutcome) => (raw: string | number, format = 'General') =>
  memo.get(raw, format) ?? memo.remember(raw, format, compute(raw, format));

describe('CellMemo', () => {
  const status = choice('status', '完成情况', ['未开始', ['已完成', '完成', '已办结']]);
  const statusMap = enumLookup(status);

  it('serves a repeated value the outcome normalising it gave, without normalising again', () => {
    const memo = new CellMemo(status);
    let calls = 0;
    const cell = through(memo, (raw, format) => (calls++, normalizeCell(status, raw, format, statusMap, 2026)));
    expect([cell('已办结'), cell('已办结'), cell(' 完成 '), cell('已办结')]).toEqual([
      { ok: true, value: '已完成' }, { ok: true, value: '已完成' }, { ok: true, value: '已完成' }, { ok: true, value: '已完成' },
    ]);
    expect(calls).toBe(2);
  });

  it('never remembers an error, so each failing cell gets its own expected list', () => {
    const memo = new CellMemo(status);
    const cell = through(memo, (raw, format) => normalizeCell(status, raw, format, statusMap, 2026));
    const first = cell('搞定了');
    const second = cell('搞定了');
    expect(first).toEqual({ ok: false, code: 'cell/enum', expected: ['未开始', '已完成'] });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(memo.get('搞定了', 'General')).toBeUndefined();
  });

  it('keeps outcomes apart by number format where the format changes the reading', () => {
    const rate = percent('rate', '满意率');
    const memo = new CellMemo(rate);
    const cell = through(memo, (raw, format) => normalizeCell(rate, raw, format, undefined, 2026));
    // 95 typed in a General cell means 95%; in a cell formatted 0% it is 9500%.
    expect(cell(95, 'General')).toEqual({ ok: true, value: 0.95 });
    expect(memo.get(95, 'General')).toEqual({ ok: true, value: 0.95 });
    expect(memo.get(95, '0%')).toBeUndefined();
    expect(cell(95, '0%')).toEqual({ ok: false, code: 'cell/max', expected: '100%' });
  });

  it('stops remembering a column whose values do not repeat once it holds 512', () => {
    const note = text('note', '备注');
    const memo = new CellMemo(note);
    const cell = through(memo, (raw, format) => normalizeCell(note, raw, format, undefined, 2026));
    for (let i = 0; i < 512; i++) cell(`第${i}条`);
    expect(memo.get('第0条', 'General')).toEqual({ ok: true, value: '第0条' });
    cell('第512条');
    expect(memo.get('第0条', 'General')).toBeUndefined();
    expect(cell('第0条')).toEqual({ ok: true, value: '第0条' });
  });

  it('keeps a full memo that has been paying for itself', () => {
    const note = text('note', '备注');
    const memo = new CellMemo(note);
    const cell = through(memo, (raw, format) => normalizeCell(note, raw, format, undefined, 2026));
    for (let i = 0; i < 512; i++) {
      cell(`第${i}条`);
      cell(`第${i}条`);
    }
    cell('第512条');
    expect(memo.get('第0条', 'General')).toEqual({ ok: true, value: '第0条' });
  });
});
