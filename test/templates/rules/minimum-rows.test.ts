import { describe, expect, it } from 'vitest';
import { choice } from '../../../templates/model/columns.ts';
import { minimumRows } from '../../../templates/rules/minimum-rows.ts';
import { checkSheet, ctxOf } from '../catalog/fixtures.ts';

const columns = [choice('type', '会议类型', ['支委会', '党课'])];
const rule = minimumRows<{ minCommittee: number }>(columns, { column: 'type', value: '支委会', param: 'minCommittee' }, 6);
const rows = (n: number) => [...Array.from({ length: n }, () => ({ type: '支委会' })), { type: '党课' }];

describe('minimumRows', () => {
  it('warns when a value has fewer rows than the param asks, naming count and minimum', () => {
    expect(checkSheet([rule], rows(4), ctxOf({ minCommittee: 6 }))).toEqual([
      { code: 'sheet/too-few', severity: 'warning', column: 'type', params: { value: '支委会', count: 4, min: 6 } },
    ]);
  });

  it('is quiet at the minimum, and off when the office sets it to 0', () => {
    expect(checkSheet([rule], rows(6), ctxOf({ minCommittee: 6 }))).toEqual([]);
    expect(checkSheet([rule], rows(0), ctxOf({ minCommittee: 0 }))).toEqual([]);
  });

  it('describes the default in 填报说明', () => {
    expect(rule.describe).toBe('每期“支委会”应不少于6次（默认，机关党委可调整）；不足时给出提醒。');
  });
});
