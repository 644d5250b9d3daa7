import { ok, type StatusBoard } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { boardCounts, canReturn, percentText, STATE_TEXT, type BoardCell, type CellState } from '../pane/status-board.ts';
import { chinaTime } from '../pane/labels.ts';
import { badge, button, field, h, messageBar, progressBar, replace, section, spinner, type BadgeColor } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { remindersPanel } from './admin-reminders.ts';
import { slotPicker } from './slot-picker.ts';

const STATE_COLOR: Record<CellState, BadgeColor> = { on_time: 'success', late: 'warning', pending_review: 'informative', missing: 'danger', returned: 'important', rejected: 'danger', not_expected: 'subtle' };

/** 报送情况: for one period, who reported on time, late, not at all, or was returned — with a progress bar and counts. */
export function adminStatusView(ctx: AppContext): HTMLElement {
  const root = h('div', { class: 'stack' });
  const board = h('div', { class: 'card', 'data-test': 'board' }, spinner());
  const status = h('div');
  const reminders = remindersPanel(ctx);

  const load = async () => {
    void reminders.refresh();
    try {
      renderBoard(await ok<StatusBoard>(ctx.api.api.admin.status.$get({ query: { period: ctx.settings.period } })));
    } catch (error) {
      replace(board, messageBar('error', errorText(error)));
    }
  };

  const returnForm = (cell: StatusBoard['cells'][number], unitName: string, host: HTMLElement) => {
    const text = h('textarea', { class: 'input', rows: 3, placeholder: '例如：第 5 行完成时限填写有误，请核对后重新报送。', 'data-test': 'return-comment' });
    replace(host, h('div', { class: 'return-form' },
      h('b', null, `退回 ${unitName} 的第 ${cell.version} 版`), field('退回意见', text),
      h('div', { class: 'row' },
        button('确认退回', async () => {
          const comment = text.value.trim();
          if (!comment) return void replace(status, messageBar('warning', '请填写退回意见，单位会在“我的报送”中看到。'));
          try {
            await ok(ctx.api.api.admin.submissions[':id'].return.$post({ param: { id: cell.submissionId! }, json: { comment } }));
            replace(status, messageBar('success', `已退回 ${unitName}，该单位需要重新报送。`, 'return-result'));
            await load();
          } catch (error) { replace(status, messageBar('error', errorText(error))); }
        }, 'primary', 'confirm-return'),
        button('取消', () => replace(host), 'subtle'))));
  };

  const renderBoard = (b: StatusBoard) => {
    const counts = boardCounts(b.cells as BoardCell[]);
    const unitName = new Map(b.units.map((u) => [u.code, u.name]));
    const byUnit = new Map<string, StatusBoard['cells']>();
    for (const c of b.cells) byUnit.set(c.unitCode, [...(byUnit.get(c.unitCode) ?? []), c]);
    const formHost = h('div');
    const stat = (cls: string, n: number, label: string, test: string) => h('div', { class: `stat ${cls}`, 'data-test': test }, h('b', null, n), h('span', null, label));
    replace(board,
      h('h2', null, `${b.period.label}报送情况`),
      h('div', { class: 'progress-label' }, h('span', null, `已报送 ${counts.onTime + counts.late} / 应报 ${counts.expected}`), h('span', { 'data-test': 'progress' }, percentText(counts.progress))),
      progressBar(counts.progress, '报送进度', counts.progress === 1),
      h('div', { class: 'stats' },
        stat('ok', counts.onTime, '按时报送', 'count-on-time'), stat('late', counts.late, '逾期报送', 'count-late'),
        stat('missing', counts.missing, '未报送', 'count-missing'), stat('returned', counts.returned, '已退回', 'count-returned'),
        stat('rejected', counts.rejected, '已拒收', 'count-rejected')),
      formHost,
      h('table', { class: 'grid', 'data-test': 'status-table' },
        h('thead', null, h('tr', null, h('th', null, '单位 / 台账'), h('th', null, '状态 / 报送时间'), h('th', null, ''))),
        h('tbody', null, ...b.units.flatMap((u) => (byUnit.get(u.code) ?? []).map((c) => {
          const name = unitName.get(c.unitCode) ?? c.unitCode;
          const template = b.templates.find((t) => t.id === c.templateId)?.name ?? c.templateId;
          return h('tr', { 'data-test': 'status-row', 'data-unit': c.unitCode, 'data-state': c.state },
            h('td', null, h('div', { class: 'unit-name' }, name), h('div', { class: 'hint' }, template)),
            h('td', null, badge(STATE_TEXT[c.state], STATE_COLOR[c.state]), h('div', { class: 'hint' }, c.submittedAt ? chinaTime(c.submittedAt) : '—'), c.nilReturn ? h('div', { class: 'hint' }, '本期无此事项（单位已声明）') : null, c.returnComment ? h('div', { class: 'hint' }, `退回意见：${c.returnComment}`) : null),
            h('td', null, canReturn(c as BoardCell) ? button('退回', () => returnForm(c, name, formHost), 'subtle', 'return') : null));
        })))));
  };

  replace(root, section('期次', slotPicker(ctx, false, () => { replace(board, spinner()); void load(); }), status), reminders.el, board);
  void load();
  return root;
}
