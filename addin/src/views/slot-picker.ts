import type { Report } from '../api/client.ts';
import { periodOptions, templateOptions, type AppContext } from '../app-context.ts';
import { chooseLedger, type OwedSlot } from '../pane/ledger-choice.ts';
import { ledgerSwitch } from '../pane/ledger-switch.ts';
import { button, h, messageBar, replace, select } from '../ui/dom.ts';

/**
 * What the picker knows beyond the settings, for the pane's session (a view is
 * rebuilt on every tab switch; the context lives as long as the connection).
 */
interface LedgerState {
  chosen: boolean;
  owed: readonly OwedSlot[] | null;
}
const states = new WeakMap<AppContext, LedgerState>();
const stateOf = (ctx: AppContext): LedgerState => {
  let st = states.get(ctx);
  if (!st) states.set(ctx, (st = { chosen: false, owed: null }));
  return st;
};

const settle = (ctx: AppContext): void => {
  const { chosen, owed } = stateOf(ctx);
  const options = templateOptions(ctx.me, ctx.settings.period).map((t) => t.value);
  ctx.settings.templateId = chooseLedger({ options, current: ctx.settings.templateId, chosen, period: ctx.settings.period, owed });
};

/** The unit's ledgers arrived (GET /api/my/ledgers): true when the picker now points elsewhere and must be drawn again. */
export function noteOwed(ctx: AppContext, owed: readonly OwedSlot[]): boolean {
  stateOf(ctx).owed = owed;
  const before = ctx.settings.templateId;
  settle(ctx);
  return ctx.settings.templateId !== before;
}

/** The user's own choice (the select, or the offered switch): kept from now on, and remembered. */
export async function chooseLedgerExplicitly(ctx: AppContext, templateId: string): Promise<void> {
  stateOf(ctx).chosen = true;
  await ctx.saveSettings({ templateId });
}

/**
 * 报送期次 and 台账: what the unit validates and submits against. The ledgers
 * come in the catalog's order; until the user picks one, the first the unit
 * still owes is shown (see chooseLedger).
 */
export function slotPicker(ctx: AppContext, withTemplate: boolean, onChange: () => void): HTMLElement {
  const periods = periodOptions(ctx.me);
  if (periods.length === 0) return messageBar('info', '机关党委尚未设置报送期次，暂时无法报送；可以先下载模板填写。');
  if (!periods.some((p) => p.value === ctx.settings.period)) ctx.settings.period = periods[0]!.value;
  const templates = templateOptions(ctx.me, ctx.settings.period);
  if (withTemplate) settle(ctx);
  const due = templates.find((t) => t.value === ctx.settings.templateId)?.due;
  // Sized to their options (pane.css .pick): full width in the pane, not stretched across a 1366 px page.
  const period = select('报送期次', periods, ctx.settings.period, async (v) => { await ctx.saveSettings({ period: v }); onChange(); }, 'period');
  period.classList.add('pick');
  const ledger = withTemplate
    ? select('台账', templates.map((t) => ({ value: t.value, text: t.text })), ctx.settings.templateId, async (v) => { await chooseLedgerExplicitly(ctx, v); onChange(); }, 'template')
    : null;
  ledger?.classList.add('pick', 'wide');
  return h('div', { class: 'row' },
    period,
    ledger,
    withTemplate && due ? h('p', { class: 'hint', style: 'flex-basis:100%' }, `截止日期：${due}（逾期仍可报送，记为逾期报送）`) : null,
  );
}

/**
 * The file (or the open workbook) is another ledger the period asks for: the
 * mismatch message comes with a button that switches the picker to that
 * ledger and checks again. Null when there is nothing to switch to.
 */
export function ledgerSwitchBar(ctx: AppContext, refused: Report | null, message: string, checkAgain: () => Promise<void>): HTMLElement | null {
  const offer = ledgerSwitch(refused, templateOptions(ctx.me, ctx.settings.period));
  if (!offer) return null;
  const bar = messageBar('warning', '', 'ledger-switch');
  bar.classList.add('with-action');
  replace(bar, h('span', { class: 'bar-text' }, message), h('div', { class: 'bar-action' }, button(offer.label, async () => {
    await chooseLedgerExplicitly(ctx, offer.templateId);
    await checkAgain();
  }, 'primary', 'switch-ledger')));
  return bar;
}
