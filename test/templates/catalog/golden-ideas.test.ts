import { describe, expect, it } from 'vitest';
import { goldenIdeas } from '../../../templates/catalog/golden-ideas.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const row = {
  proposer: '张三',
  department: '办公室',
  title: '推行公文网上流转',
  content: '以电子公文替代纸质传阅',
  proposedOn: '2026-03-10',
  adopted: '是',
  effect: '公文流转时间缩短一半',
  reward: '通报表扬',
};
const ctx = ctxOf({});

describe('golden-ideas row rules', () => {
  it('passes an adopted idea with its effect and reward', () => {
    expect(checkRow(goldenIdeas, row, ctx)).toEqual([]);
  });

  it('warns when effect or reward are filled for an idea not adopted', () => {
    const params = { other: '是否采纳', otherValue: '待定', allowed: '是' };
    expect(checkRow(goldenIdeas, { ...row, adopted: '待定' }, ctx)).toEqual([
      { code: 'row/forbidden-when', severity: 'warning', column: 'effect', params },
      { code: 'row/forbidden-when', severity: 'warning', column: 'reward', params },
    ]);
    expect(checkRow(goldenIdeas, { ...row, adopted: '否', effect: null, reward: null }, ctx)).toEqual([]);
  });

  it('checks the date against the period and the report date', () => {
    expect(checkRow(goldenIdeas, { ...row, proposedOn: '2026-07-20' }, ctx)).toEqual([
      { code: 'row/date-outside-period', severity: 'warning', column: 'proposedOn', params: { period: '2026H1', start: '2026-01-01', end: '2026-06-30' } },
      { code: 'row/date-after-report', severity: 'error', column: 'proposedOn', params: { reportDate: '2026-07-15' } },
    ]);
  });
});

describe('golden-ideas sheet rules', () => {
  it('names everyone on the roster without an idea and warns on repeats', () => {
    const c = ctxOf({}, { roster: [{ name: '张三', branch: '第一党支部' }, { name: '李四', branch: '第一党支部' }] });
    expect(checkSheet(goldenIdeas, [row, { ...row, title: '推行公文网上流转 ' }], c)).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { member: '李四', branch: '第一党支部', missing: '金点子' } },
      { code: 'sheet/duplicate-row', severity: 'warning', row: 4, column: 'proposer', params: { firstRow: 3 } },
    ]);
    expect(checkSheet(goldenIdeas, [row, { ...row, proposer: '李四' }], c)).toEqual([]);
  });

  it('has no derived values', () => {
    expect(goldenIdeas.derive(row, ctx)).toEqual({});
  });
});
