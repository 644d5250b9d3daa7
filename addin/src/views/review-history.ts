import type { InferResponseType } from 'hono/client';
import { ok, type Api, type SubmissionList } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { chinaTime, reviewerName } from '../pane/labels.ts';
import { historyLabels, reviewHistory, versionsWithApprovals, type ReviewEventInfo } from '../pane/slot-history.ts';
import { badge, h, replace } from '../ui/dom.ts';

type Events = InferResponseType<Api['api']['submissions'][':id']['$get'], 200>['reviewEvents'];

/** The approvals of the versions that may have any (the list itself carries the returns). */
async function approvals(ctx: AppContext, list: SubmissionList): Promise<Map<string, readonly ReviewEventInfo[]>> {
  const read = await Promise.all(versionsWithApprovals(list).map(async (v) => {
    const { reviewEvents } = await ok<{ reviewEvents: Events }>(ctx.api.api.submissions[':id'].$get({ param: { id: v.id } }));
    return [v.id, reviewEvents] as const;
  }));
  return new Map(read);
}

/**
 * The slot's 审核与退回记录 (or 退回记录 where nothing is reviewed): each
 * approval and return, the latest first — the version, who (the 党总支 by
 * name or 机关党委), when, and the comment. Fills `heading` and `host`.
 */
export async function renderReviewHistory(ctx: AppContext, list: SubmissionList, heading: HTMLElement, host: HTMLElement): Promise<void> {
  const entries = reviewHistory(list, await approvals(ctx, list));
  const labels = historyLabels(list, entries);
  heading.textContent = labels.title;
  replace(host, ...(entries.length === 0
    ? [h('p', { class: 'hint' }, labels.empty)]
    : entries.map((e) => h('div', { class: 'return-entry', 'data-test': e.action === 'return' ? 'return-entry' : 'approve-entry', 'data-version': e.version },
        h('div', { class: 'line' },
          badge(`第 ${e.version} 版`, 'informative', 'outline'),
          e.action === 'return' ? badge('退回', 'important') : badge('审核通过', 'success'),
          h('span', { class: 'hint', 'data-test': 'review-by' }, `${reviewerName(e.by)} · ${chinaTime(e.at)}`)),
        e.comment ? h('div', { class: `comment ${e.action}` }, e.comment) : null))));
}
