import { describe, expect, it } from 'vitest';
import { issueCodes, type Issue } from '../../../templates/model/issue.ts';
import { issueMessage, renderIssue } from '../../../templates/messages/zh.ts';

const sample: Omit<Issue, 'code'> = {
  severity: 'error', file: 'a.xlsx', sheet: '承诺践诺台账', cell: 'F7', row: 7,
  column: { key: 'deadline', header: '完成时限' }, value: '下个月', expected: ['甲', '乙'],
  params: {
    detected: 'pdf', kind: 'docx', limit: 10485760, sheet: 'Sheet1', template: '承诺践诺台账', expectedName: '群众评议情况统计表',
    fileVersion: 0, version: 1, firstCell: 'B4', other: '完成情况', otherValue: '已完成', allowed: '已整改', reportDate: '2026-07-10',
    period: '2026H1', start: '2026-01-01', end: '2026-06-30', parts: '满意+基本满意', sum: 9, total: 10, totalHeader: '实参评人数',
    computed: '90.0%', tolerance: 0.5, score: 85, firstRow: 5, branch: '第一党支部', missing: '实事承诺',
    unitCode: 'TJJ', unitName: '市统计局机关党委', label: '2026年下半年', fileLabel: '2025年下半年', today: '2026-11-21',
    rows: 3,
    value: '支委会', count: 4, min: 6,
  },
};

describe('Chinese messages', () => {
  it.each(issueCodes)('renders %s fully, in Chinese, with no placeholder left', (code) => {
    const text = renderIssue({ ...sample, code });
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/undefined|null|\[object|NaN/);
    expect(text.startsWith('a.xlsx 工作表“承诺践诺台账” F7 完成时限：')).toBe(true);
  });

  it('says what is wrong and how to fix it', () => {
    const issue: Issue = {
      severity: 'error', code: 'cell/date', sheet: '承诺践诺台账', cell: 'F7', row: 7,
      column: { key: 'deadline', header: '完成时限' }, value: '下个月', expected: '2026-07-15',
    };
    expect(renderIssue(issue)).toBe('工作表“承诺践诺台账” F7 完成时限：无法识别“下个月”，请填写日期，如 2026-07-15。');
    expect(issueMessage({ severity: 'error', code: 'file/legacy-xls', file: 'a.xls' })).toBe(
      '这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 格式后上传。',
    );
    expect(renderIssue({ severity: 'error', code: 'cell/enum', cell: 'B9', column: { key: 's', header: '承诺主体' }, value: '群众', expected: ['党组织', '党员'] })).toBe(
      'B9 承诺主体：“群众”不是可选值，请从下拉列表中选择：党组织、党员。',
    );
    expect(issueMessage({ severity: 'error', code: 'file/too-large', params: { limit: 10485760 } })).toBe(
      '文件过大（超过 10 MB），已拒绝。请删除多余的工作表、图片和空行后重试。',
    );
  });

  it('says when a conditional column is needed, and how many records are missing', () => {
    expect(issueMessage({ severity: 'error', code: 'row/required-when', params: { other: '实到人数', otherValue: '25', condition: '实到人数（25）少于应到人数（30）' } })).toBe(
      '实到人数（25）少于应到人数（30）时，此项必须填写。',
    );
    expect(issueMessage({ severity: 'warning', code: 'sheet/too-few', params: { value: '支委会', count: 4, min: 6 } })).toBe('本期“支委会”记录了 4 次，少于应有的 6 次，请核对是否漏记。');
  });

  it('names the place by row when there is no cell', () => {
    expect(renderIssue({ severity: 'warning', code: 'sheet/no-rows', sheet: 'S', row: 4 })).toBe('工作表“S” 第 4 行：表中没有数据行，空表不能作为报送。请在表头下方逐行填写后再报送。');
  });
});
