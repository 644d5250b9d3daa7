import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../../templates/messages/zh.ts';
import type { Issue } from '../../../templates/model/issue.ts';
import { groupHeading, groupIssues, issueRows, marksOf } from '../../../addin/src/pane/issue-groups.ts';

const col = (key: string, header: string) => ({ key, header });
const issues: Issue[] = [
  { severity: 'warning', code: 'row/not-measurable', sheet: '承诺践诺台账', cell: 'F9', row: 9, column: col('pledge', '承诺事项') },
  { severity: 'error', code: 'cell/required', sheet: '承诺践诺台账', cell: 'F7', row: 7, column: col('pledge', '承诺事项') },
  { severity: 'error', code: 'cell/date', sheet: '承诺践诺台账', cell: 'H6', row: 6, column: col('deadline', '完成时限'), value: '下个月', expected: '2026-07-15' },
  { severity: 'error', code: 'sheet/no-rows', sheet: '承诺践诺台账' },
];

describe('groupIssues', () => {
  it('puts errors first, one group per column in row order, sheet-level problems under 整表', () => {
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.severity, g.title, g.items.map((i) => i.place)])).toEqual([
      ['error', '整表', ['']],
      ['error', '完成时限', ['H6']],
      ['error', '承诺事项', ['F7']],
      ['warning', '承诺事项', ['F9']],
    ]);
    expect(groups[1]!.items[0]!.target).toEqual({ sheet: '承诺践诺台账', cell: 'H6' });
    expect(groups[0]!.items[0]!.target).toBeNull();
    expect(groupHeading(groups[1]!)).toBe('错误 · 完成时限（1）');
  });

  it('renders the messages through templates/messages (one place for wording), naming the column as the CLI does', () => {
    expect(issueRows(issues.slice(1, 4))).toEqual([
      // No column: the message alone.
      { severity: '错误', sheet: '承诺践诺台账', cell: '', message: issueMessage(issues[3]!) },
      { severity: '错误', sheet: '承诺践诺台账', cell: 'H6', message: '完成时限：无法识别“下个月”，请填写日期，如 2026-07-15。' },
      { severity: '错误', sheet: '承诺践诺台账', cell: 'F7', message: '承诺事项：必填项为空，请填写。' },
    ]);
  });

  it('marks only issues that point at a cell', () => {
    expect(marksOf(issues).map((m) => `${m.severity}:${m.cell}`)).toEqual(['warning:F9', 'error:F7', 'error:H6']);
  });
});
