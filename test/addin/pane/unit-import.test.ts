import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../addin/src/api/client.ts';
import { importProblems, importRefusedHeadline } from '../../../addin/src/pane/unit-import.ts';

describe('importProblems', () => {
  it('lists every problem of a refused unit list at its sheet and cell, without repeating the cell', () => {
    const error = new ApiError(422, 'units/invalid', '单位名单有 2 处问题，未导入任何单位：…', [
      { sheet: '单位名单', cell: 'A3', message: 'A3：单位编码不能为空' },
      { sheet: '单位名单', message: '未找到表头“单位编码”' },
    ]);
    expect(importProblems(error)).toEqual([
      { sheet: '单位名单', cell: 'A3', message: '单位编码不能为空' },
      { sheet: '单位名单', cell: '', message: '未找到表头“单位编码”' },
    ]);
  });

  it('has nothing to list for other refusals', () => {
    expect(importProblems(new ApiError(413, 'upload/too-large', '文件过大', [{ sheet: 'x', message: 'y' }]))).toEqual([]);
    expect(importProblems(new Error('boom'))).toEqual([]);
  });

  it('heads the table with the count alone, so the first problem is not said twice', () => {
    expect(importRefusedHeadline(3)).toBe('单位名单有 3 处问题，未导入任何单位。');
  });
});
