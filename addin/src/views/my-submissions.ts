import { ok, type SubmissionList } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { chinaTime, SUBMISSION_STATUS } from '../pane/labels.ts';
import { badge, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';

/** 我的报送: every version the unit sent for the chosen period, newest first, with the office's return comment. */
export function mySubmissionsView(ctx: AppContext): HTMLElement {
  const body = h('div', { 'data-test': 'submissions' }, spinner());
  const names = new Map(ctx.me.periods.map((p) => [p.templateId, p.templateName]));
  void ok<{ submissions: SubmissionList }>(ctx.api.api.submissions.$get({ query: ctx.settings.period ? { period: ctx.settings.period } : {} })).then(
    ({ submissions }) => {
      if (submissions.length === 0) return replace(body, messageBar('info', '本期次还没有报送记录。'));
      const sorted = [...submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
      replace(body, ...sorted.map((s) => {
        const st = SUBMISSION_STATUS[s.status];
        return h('div', { class: 'sub', 'data-test': 'submission' },
          h('div', { class: 'line' }, h('span', { class: 'name' }, names.get(s.templateId) ?? s.templateId), badge(`第 ${s.version} 版`, 'informative', 'outline'), badge(st.text, st.color), s.late ? badge('逾期', 'severe') : null),
          h('div', { class: 'hint' }, `${chinaTime(s.submittedAt)} · ${s.fileName} · 读取 ${s.rowsRead} 行${s.rowCount !== s.rowsRead ? `（计入 ${s.rowCount} 行）` : ''} · 错误 ${s.errors} · 提醒 ${s.warnings}`),
          s.returnComment ? h('div', { class: 'comment', 'data-test': 'return-comment' }, `机关党委退回意见：${s.returnComment}`) : null);
      }));
    },
    (error) => replace(body, messageBar('error', errorText(error))),
  );
  return section('我的报送', body);
}
