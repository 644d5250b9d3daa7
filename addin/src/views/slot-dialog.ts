import { ok, type SubmissionList } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { slotText, type SlotFacts } from '../pane/board-matrix.ts';
import type { ReviewAction } from '../pane/review-refusal.ts';
import { slotActions } from '../pane/roles.ts';
import { isReturnable, newestFirst } from '../pane/slot-history.ts';
import { button, h, messageBar, replace, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { reviewForm } from './return-form.ts';
import { renderReviewHistory } from './review-history.ts';
import { versionItem, type Version } from './slot-version.ts';

export interface SlotInfo {
  cell: SlotFacts;
  unitName: string;
  ledgerName: string;
  due: string;
  periodCode: string;
  periodLabel: string;
}

export interface SlotDialogHooks {
  /** After a return or an approval: reload the board and hand back the slot's fresh cell. */
  reload(): Promise<SlotFacts | null>;
  /** Where focus goes when the dialog closes: the slot's cell on the (possibly redrawn) board. */
  restoreFocus(): void;
}

/**
 * One slot (unit × ledger × period) in a modal dialog: every version, newest
 * first, each with its issues and original; on the current version 审核通过
 * (when it waits for review) and 退回 with a comment — never on the viewer's
 * own unit, which the level above judges; the history of approvals and
 * returns. Esc or 关闭 closes it and puts focus back on the cell it was
 * opened from.
 */
export function openSlotDialog(ctx: AppContext, host: HTMLElement, slot: SlotInfo, hooks: SlotDialogHooks): HTMLDialogElement {
  let cell = slot.cell;
  const titleId = `slot-title-${Math.random().toString(36).slice(2)}`;
  const title = h('h2', { id: titleId, tabindex: -1 }, `${slot.unitName} · ${slot.ledgerName}`);
  const state = h('p', { class: 'hint', 'data-test': 'slot-state' });
  const status = h('div', { 'data-test': 'slot-status' });
  const formHost = h('div');
  const versions = h('div', { 'data-test': 'versions' }, spinner());
  const note = h('div');
  const historyTitle = h('h3', null, '退回记录');
  const history = h('div', { 'data-test': 'return-history' });

  const dialog: HTMLDialogElement = h('dialog', { class: 'slot-dialog', 'aria-labelledby': titleId, 'data-test': 'slot-dialog' },
    h('div', { class: 'slot-head' },
      h('div', null, title, h('p', { class: 'hint' }, `${slot.periodLabel} · 单位编码 ${cell.unitCode} · 截止 ${slot.due}`), state),
      button('关闭', () => dialog.close(), 'subtle', 'close-slot')),
    h('div', { class: 'slot-body' },
      note, status, formHost,
      h('section', null, h('h3', null, '各版本（新的在前）'), versions),
      h('section', null, historyTitle, history)));

  const openForm = (action: ReviewAction) => (v: Version) => {
    replace(status);
    const form = reviewForm(ctx, action, { submissionId: v.id, unitName: slot.unitName, ledgerName: slot.ledgerName, version: v.version }, status,
      async () => {
        replace(formHost);
        cell = (await hooks.reload()) ?? cell;
        await load();
        title.focus();
      },
      () => { replace(formHost); title.focus(); });
    replace(formHost, form.el);
    form.el.scrollIntoView({ block: 'nearest' });
    form.focus();
  };

  const onReturn = openForm('return');
  const onApprove = openForm('approve');

  const render = (list: SubmissionList) => {
    state.textContent = `当前状态：${slotText(cell)}`;
    const can = slotActions(cell, ctx.me);
    replace(note, can.note ? messageBar('info', can.note, 'slot-note') : null);
    const current = cell.submissionId;
    replace(versions, ...(list.length === 0
      ? [messageBar('info', '该单位本期还没有报送这份台账。')]
      : newestFirst(list).map((v) => versionItem(ctx, v, {
          counted: v.id === current, returnable: isReturnable(v, can.ret ? current : null), approvable: isReturnable(v, can.approve ? current : null),
          status, onReturn, onApprove,
        }))));
  };

  const load = async () => {
    try {
      const { submissions } = await ok<{ submissions: SubmissionList }>(ctx.api.api.submissions.$get({ query: { period: slot.periodCode, templateId: cell.templateId, unit: cell.unitCode } }));
      render(submissions);
      renderReviewHistory(submissions, historyTitle, history);
    } catch (error) { replace(versions, messageBar('error', errorText(error))); }
  };

  dialog.addEventListener('close', () => {
    dialog.remove();
    hooks.restoreFocus();
  });
  host.appendChild(dialog);
  dialog.showModal();
  title.focus();
  void load();
  return dialog;
}
