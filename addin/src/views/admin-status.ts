import { ok, type StatusBoard } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import type { SlotFacts } from '../pane/board-matrix.ts';
import { scopeTitle } from '../pane/roles.ts';
import { h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { remindersPanel } from './admin-reminders.ts';
import { boardPanel, type BoardPanel, type BoardViewState } from './board-panel.ts';
import { openSlotDialog } from './slot-dialog.ts';
import { slotPicker } from './slot-picker.ts';

/**
 * 报送情况: for one period, the progress, the count tiles that filter the
 * unit × ledger matrix, 催报, and a slot view behind every cell. A
 * reviewer (a 党总支) gets the same screen, cut by the worker at its subtree.
 */
export function adminStatusView(ctx: AppContext): HTMLElement {
  const root = h('div', { class: 'stack' });
  const card = h('div', { class: 'card', 'data-test': 'board' }, spinner());
  const reminders = remindersPanel(ctx);
  const view: BoardViewState = { state: null, query: '', collapsed: new Set() };
  let board: StatusBoard | null = null;
  let panel: BoardPanel | null = null;

  const load = async () => {
    void reminders.refresh();
    try {
      board = await ok<StatusBoard>(ctx.api.api.admin.status.$get({ query: { period: ctx.settings.period } }));
      panel = boardPanel(board, view, open, scopeTitle(ctx.me));
      replace(card, panel.el);
    } catch (error) {
      board = null;
      panel = null;
      replace(card, messageBar('error', errorText(error)));
    }
  };

  const open = (cell: SlotFacts) => {
    if (!board) return;
    const b = board;
    const ledger = b.templates.find((t) => t.id === cell.templateId);
    openSlotDialog(ctx, root, {
      cell, unitName: b.units.find((u) => u.code === cell.unitCode)?.name ?? cell.unitCode, ledgerName: ledger?.name ?? cell.templateId, due: ledger?.due ?? '',
      periodCode: b.period.code, periodLabel: b.period.label,
    }, {
      reload: async () => {
        await load();
        return board?.cells.find((c) => c.unitCode === cell.unitCode && c.templateId === cell.templateId) ?? null;
      },
      restoreFocus: () => {
        // The cell may be filtered out after a return (按时报送 picked, now 已退回): then the matrix itself.
        const el = panel?.matrix.cell(cell.unitCode, cell.templateId);
        if (el?.offsetParent) el.focus();
        else panel?.matrix.el.focus();
      },
    });
  };

  replace(root, section('期次', slotPicker(ctx, false, () => { replace(card, spinner()); void load(); })), reminders.el, card);
  void load();
  return root;
}
