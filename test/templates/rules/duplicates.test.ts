import { describe, expect, it } from 'vitest';
import { duplicateRows } from '../../../templates/rules/duplicates.ts';
import { text } from '../../../templates/model/columns.ts';
import { checkSheet, ctxOf } from '../catalog/fixtures.ts';

const columns = [text('name', '姓名'), text('branch', '所在党支部')];

describe('duplicateRows', () => {
  const rule = duplicateRows(columns, ['name', 'branch']);

  it('warns on each repeat, pointing at the first occurrence', () => {
    const rows = [
      { name: '张三', branch: '第一党支部' },
      { name: '李四', branch: '第一党支部' },
      { name: '张 三', branch: '第一党支部' },
      { name: '张三', branch: '第二党支部' },
      { name: '张三', branch: '第一党支部' },
    ];
    expect(checkSheet([rule], rows, ctxOf({}))).toEqual([
      { code: 'sheet/duplicate-row', severity: 'warning', row: 5, column: 'name', params: { firstRow: 3 } },
      { code: 'sheet/duplicate-row', severity: 'warning', row: 7, column: 'name', params: { firstRow: 3 } },
    ]);
  });

  it('ignores rows with a blank key', () => {
    expect(checkSheet([rule], [{ name: '张三', branch: null }, { name: '张三', branch: null }], ctxOf({}))).toEqual([]);
  });

  it('describes itself with the headers', () => {
    expect(rule.describe).toBe('“姓名”、“所在党支部”都相同的记录只应填写一行。');
    expect(() => duplicateRows(columns, ['nope'])).toThrow('unknown column key: nope');
  });
});
