import { issueMessage, severityLabel } from '../../../templates/messages/zh.ts';
import type { Issue, Severity } from '../../../templates/model/issue.ts';
import type { IssueMark } from '../workbook/adapter.ts';

export interface IssueItem {
  issue: Issue;
  /** Where to jump: present only when the issue names one cell of one sheet. */
  target: { sheet: string; cell: string } | null;
  /** "F7" or "第 7 行" or "" (file and sheet problems). */
  place: string;
  message: string;
}

export interface IssueGroup {
  severity: Severity;
  /** The column header, or 工作表/文件 for problems that belong to no column. */
  title: string;
  items: IssueItem[];
}

const NO_COLUMN = '整表';

const rowOf = (i: Issue): number => i.row ?? 0;

/** Errors first, then warnings; within each, one group per column in the order the columns first appear by row. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups: IssueGroup[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const bySeverity = issues.filter((i) => i.severity === severity).sort((a, b) => rowOf(a) - rowOf(b));
    const byTitle = new Map<string, IssueGroup>();
    for (const issue of bySeverity) {
      const title = issue.column?.header ?? NO_COLUMN;
      let group = byTitle.get(title);
      if (!group) {
        group = { severity, title, items: [] };
        byTitle.set(title, group);
        groups.push(group);
      }
      group.items.push(itemOf(issue));
    }
  }
  return groups;
}

function itemOf(issue: Issue): IssueItem {
  const target = issue.sheet && issue.cell ? { sheet: issue.sheet, cell: issue.cell } : null;
  const place = issue.cell ?? (issue.row !== undefined ? `第 ${issue.row} 行` : '');
  return { issue, target, place, message: issueMessage(issue) };
}

export const groupHeading = (g: IssueGroup): string => `${severityLabel(g.severity)} · ${g.title}（${g.items.length}）`;

/** What 标记到表格 sends to the workbook: only issues that point at a cell. */
export const marksOf = (issues: readonly Issue[]): IssueMark[] =>
  issues.flatMap((i) => (i.sheet && i.cell ? [{ sheet: i.sheet, cell: i.cell, severity: i.severity, message: issueMessage(i) }] : []));

/**
 * One table row per issue for the browser page: 工作表, 单元格, 问题. The
 * table has no column groups, so the message names its column as the CLI
 * does (「G9」「践诺措施：必填项为空，请填写。」).
 */
export const issueRows = (issues: readonly Issue[]): { severity: string; sheet: string; cell: string; message: string }[] =>
  groupIssues(issues).flatMap((g) =>
    g.items.map((it) => ({
      severity: severityLabel(g.severity), sheet: it.issue.sheet ?? '', cell: it.place,
      message: it.issue.column ? `${it.issue.column.header}：${it.message}` : it.message,
    })),
  );
