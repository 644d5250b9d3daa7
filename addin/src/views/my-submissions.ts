import { ok, type SubmissionList } from '../api/client.ts';
import { periodOptions, type AppContext } from '../app-context.ts';
import { REVIEW_TEXT, returnCommentText, SUBMISSION_STATUS, versionLine } from '../pane/labels.ts';
import { currentVersionIds, shownReview } from '../pane/slot-history.ts';
import { badge, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { slotPicker } from './slot-picker.ts';

/** 我的报送: every version the unit sent for the chosen period, newest first, with its review (逐级审核) and who returned it with what comment. */
export function mySubmissionsView(ctx: AppContext): HTMLElement {
  const heading = h('h3', { class: 'list-title', 'data-test': 'submissions-period' });
  const body = h('div', { 'data-test': 'submissions' });
  const names = new Map(ctx.me.periods.map((p) => [p.templateId, p.templateName]));

  const load = () => {
    // The list says which period it is, so an empty list is not read as "nothing was ever sent".
    const label = periodOptions(ctx.me).find((p) => p.value === ctx.settings.period)?.text ?? '全部期次';
    heading.textContent = `${label}的报送记录`;
    replace(body, spinner());
    void ok<{ submissions: SubmissionList }>(ctx.api.api.submissions.$get({ query: ctx.settings.period ? { period: ctx.settings.period } : {} })).then(
      ({ submissions }) => {
        if (submissions.length === 0) return replace(body, messageBar('info', `${label}还没有报送记录。`));
        const sorted = [...submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
        const current = currentVersionIds(submissions);
        replace(body, ...sorted.map((s) => {
          const st = SUBMISSION_STATUS[s.status];
          const review = shownReview(s.review, current.has(s.id));
          return h('div', { class: 'sub', 'data-test': 'submission', 'data-status': s.status, 'data-review': review },
            h('div', { class: 'line' }, h('span', { class: 'name' }, names.get(s.templateId) ?? s.templateId), badge(`第 ${s.version} 版`, 'informative', 'outline'), badge(st.text, st.color), s.late ? badge('逾期', 'severe') : null,
              review ? badge(REVIEW_TEXT[review], review === 'approved' ? 'success' : 'brand', 'outline') : null),
            h('div', { class: 'hint', 'data-test': 'submission-facts' }, versionLine(s)),
            s.returnComment ? h('div', { class: 'comment', 'data-test': 'return-comment' }, returnCommentText(s.returnedBy, s.returnComment)) : null);
        }));
      },
      (error) => replace(body, messageBar('error', errorText(error))),
    );
  };

  const root = section('我的报送', slotPicker(ctx, false, load), heading, body);
  load();
  return root;
}
