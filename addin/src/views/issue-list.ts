import type { Issue } from '../../../templates/model/issue.ts';
import { groupHeading, groupIssues } from '../pane/issue-groups.ts';
import { badge, h } from '../ui/dom.ts';

/** Issues grouped by severity and column; clicking one jumps to its cell (when a workbook is open). */
export function issueList(issues: readonly Issue[], onSelect: ((sheet: string, cell: string) => Promise<void>) | null): HTMLElement {
  const root = h('div', { class: 'issues', 'data-test': 'issue-list' });
  for (const group of groupIssues(issues)) {
    const items = group.items.map((it) => {
      const el = h('button', { class: `issue ${group.severity}`, type: 'button', 'data-test': 'issue', 'data-cell': it.target ? `${it.target.sheet}!${it.target.cell}` : '' },
        h('span', { class: 'cell' }, it.place || '—'), h('span', null, it.message));
      el.addEventListener('click', async () => {
        root.querySelectorAll('.issue.selected').forEach((x) => x.classList.remove('selected'));
        el.classList.add('selected');
        if (it.target && onSelect) await onSelect(it.target.sheet, it.target.cell);
      });
      return el;
    });
    root.appendChild(h('div', { class: 'group' },
      h('h3', null, badge(group.severity === 'error' ? '错误' : '提醒', group.severity === 'error' ? 'danger' : 'warning', 'filled'), groupHeading(group).replace(/^\S+ · /, '')),
      ...items));
  }
  return root;
}
