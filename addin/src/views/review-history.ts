import type { SubmissionList } from '../api/client.ts';
import { chinaTime, reviewerName } from '../pane/labels.ts';
import { historyLabels, reviewHistory } from '../pane/slot-history.ts';
import { badge, h, replace } from '../ui/dom.ts';

/**
 * The slot's 审核与退回记录 (or 退回记录 where nothing is reviewed): each
 * approval and return, the latest first — the version, who (the 党总支 by
 * name or 机关党委), when, and the comment. Fills `heading` and `host`.
 */
export function renderReviewHistory(list: SubmissionList, heading: HTMLElement, host: HTMLElement): void {
  const entries = reviewHistory(list);
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
