import { fetchFile, ok, type Report, type SubmissionList } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { REVIEW_TEXT, SUBMISSION_STATUS, versionLine } from '../pane/labels.ts';
import { shownReview } from '../pane/slot-history.ts';
import { badge, button, h, messageBar, replace, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { saveFile } from '../ui/save-file.ts';
import { issueList } from './issue-list.ts';

export type Version = SubmissionList[number];

export interface VersionActions {
  /** The version the board counts for this slot (or shows as 已退回). */
  counted: boolean;
  /** 退回 is offered (only on the slot's current version, counted or waiting for review). */
  returnable: boolean;
  /** 审核通过 is offered (only on the current version, waiting for review). */
  approvable: boolean;
  /** Where a download's outcome or failure is said. */
  status: HTMLElement;
  onReturn(v: Version): void;
  onApprove(v: Version): void;
}

/**
 * One stored version in the slot view: number, status, time, counts, and
 * what the office can do with it — read its issues, download the file as
 * sent, send it back.
 */
export function versionItem(ctx: AppContext, v: Version, a: VersionActions): HTMLElement {
  const st = SUBMISSION_STATUS[v.status];
  const review = shownReview(v.review, a.counted);
  const issues = h('div', { 'data-test': 'version-issues', hidden: true });
  let loaded = false;
  const showIssues = button(v.errors + v.warnings > 0 ? '查看问题' : '校验报告', async () => {
    const open = issues.hidden;
    issues.hidden = !open;
    showIssues.setAttribute('aria-expanded', String(open));
    if (!open || loaded) return;
    replace(issues, spinner('tiny', '正在读取校验报告'));
    try {
      const { report } = await ok<{ report: Report }>(ctx.api.api.submissions[':id'].$get({ param: { id: v.id } }));
      loaded = true;
      replace(issues,
        report.issues.length === 0 ? messageBar('success', '这一版没有错误和提醒。') : issueList(report.issues, null),
        report.truncated > 0 ? h('p', { class: 'hint' }, `另有 ${report.truncated} 个问题未列出。`) : null);
    } catch (error) { replace(issues, messageBar('error', errorText(error))); }
  }, 'subtle', 'show-issues');
  showIssues.setAttribute('aria-expanded', 'false');

  const download = async () => {
    try {
      const file = await fetchFile(ctx.settings.server, ctx.settings.token, `/api/submissions/${encodeURIComponent(v.id)}/file`);
      saveFile(file.bytes, file.fileName);
      replace(a.status, messageBar('success', `已下载第 ${v.version} 版原件：${file.fileName}。`, 'download-result'));
    } catch (error) { replace(a.status, messageBar('error', errorText(error))); }
  };

  return h('div', { class: 'sub version', 'data-test': 'version', 'data-version': v.version, 'data-status': v.status, 'data-review': review },
    h('div', { class: 'line' },
      h('span', { class: 'name' }, `第 ${v.version} 版`), badge(st.text, st.color), v.late ? badge('逾期', 'severe') : null,
      review ? badge(REVIEW_TEXT[review], review === 'approved' ? 'success' : 'brand') : null,
      // Returned or still waiting for review, the slot's version is not (yet) in the summary.
      a.counted ? badge(v.status === 'returned' || v.review === 'pending' ? '当前版本' : '计入汇总', 'brand', 'outline') : null),
    h('div', { class: 'hint', 'data-test': 'version-counts' }, versionLine(v)),
    v.hasFile ? null : h('div', { class: 'hint' }, '由 Excel 加载项以表格报送，没有原始文件'),
    h('div', { class: 'row' },
      showIssues,
      v.hasFile ? button('下载原件', download, 'subtle', 'download-original') : null,
      a.approvable ? button('审核通过', () => a.onApprove(v), 'primary', 'approve') : null,
      a.returnable ? button('退回', () => a.onReturn(v), 'outline', 'return') : null),
    issues);
}
