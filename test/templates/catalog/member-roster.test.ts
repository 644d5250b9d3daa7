import { describe, expect, it } from 'vitest';
import { memberRoster } from '../../../templates/catalog/member-roster.ts';
import { checkRow, checkSheet, ctxOf } from './fixtures.ts';

const ctx = ctxOf({}, { branches: ['第一党支部', '第二党支部'] });

describe('member-roster', () => {
  it('holds names only: no ID or phone columns', () => {
    expect(memberRoster.columns.map((c) => c.header)).toEqual(['姓名', '所在党支部', '党内职务', '人员类别']);
    const names = memberRoster.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]).join('|');
    expect(names).not.toMatch(/身份证|手机|电话|证件/);
  });

  it('accepts 反聘, the spelling of source 000, as 离退休返聘', () => {
    const category = memberRoster.columns.find((c) => c.key === 'category');
    expect(category?.options?.find((o) => o.value === '离退休返聘')?.aliases).toContain('离退休反聘');
  });

  it('has no row rules', () => {
    expect(checkRow(memberRoster, { name: '张三', branch: '第一党支部', partyPost: null, category: '在职' }, ctx)).toEqual([]);
  });

  it('warns on a member listed twice in a branch and on an unknown branch', () => {
    const rows = [
      { name: '张三', branch: '第一党支部', partyPost: '书记', category: '在职' },
      { name: '张三', branch: '第二党支部', partyPost: null, category: '在职' },
      { name: '张 三', branch: '第一党支部', partyPost: null, category: '在职' },
      { name: '李四', branch: '机关第三党支部', partyPost: null, category: '离退休返聘' },
    ];
    expect(checkSheet(memberRoster, rows, ctx)).toEqual([
      { code: 'sheet/unknown-branch', severity: 'warning', row: 6, column: 'branch', params: { branch: '机关第三党支部' }, expected: ['第一党支部', '第二党支部'] },
      { code: 'sheet/duplicate-row', severity: 'warning', row: 5, column: 'name', params: { firstRow: 3 } },
    ]);
  });
});
