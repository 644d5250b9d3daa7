import { chinaDate } from '../../../templates/model/china-time.ts';
import { periodRange } from '../../../templates/model/period.ts';
import { ok, type Me, type TemplateInfo } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { fieldErrors } from '../pane/field-errors.ts';
import { currentHalf, defaultDueText, defaultWindow, periodChoices, periodGroups, typedDate, unassigned, type LedgerRef, type PeriodSlot } from '../pane/period-setup.ts';
import { button, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { checkedField, clearFieldErrors, showFieldErrors, textInput, type CheckedField } from '../ui/form-field.ts';

const labelOf = (code: string) => periodRange(code)?.label ?? code;
const DATE_FIELDS = ['opens', 'due'] as const;
const DATE_HINT = '如 2026-07-15 或 2026年7月15日';

function dateFields(opens: string, due: string, test: string): Record<(typeof DATE_FIELDS)[number], CheckedField> {
  return {
    opens: checkedField('开始报送日期', textInput({ value: opens, inputmode: 'numeric', placeholder: '2026-07-01', 'data-test': `${test}-opens` }), DATE_HINT),
    due: checkedField('截止日期', textInput({ value: due, inputmode: 'numeric', placeholder: '2026-07-15', 'data-test': `${test}-due` }), '逾期仍可报送，记为逾期报送'),
  };
}

/** 期次: which ledgers each period asks for, with start and due dates (DOMAIN's defaults offered). */
export function setupPeriodsView(ctx: AppContext): HTMLElement {
  const today = chinaDate(new Date());
  let code = currentHalf(today);
  let ledgers: LedgerRef[] = [];
  let slots: PeriodSlot[] = [];
  const picker = h('div');
  const assigned = h('div', { class: 'card', 'data-test': 'period-assigned' }, spinner());
  const adder = h('div', { class: 'card', 'data-test': 'period-add' });
  const overview = h('div', { class: 'card', 'data-test': 'period-overview' });

  const load = async (message?: HTMLElement) => {
    try {
      const [templates, periods] = await Promise.all([
        ok<TemplateInfo[]>(ctx.api.api.templates.$get()),
        ok<{ periods: PeriodSlot[] }>(ctx.api.api.admin.periods.$get({ query: {} })),
      ]);
      ledgers = templates.map((t) => ({ id: t.id, name: t.name }));
      slots = periods.periods;
      render(message);
    } catch (error) {
      replace(assigned, messageBar('error', errorText(error)));
    }
  };

  /** The other tabs read the periods from /api/me: a period set here shows on 报送情况 at once. */
  const refreshMe = async () => {
    try { ctx.me = await ok<Me>(ctx.api.api.me.$get()); } catch { /* the next start reads it again */ }
  };

  const renderPicker = () => {
    const sel = h('select', { class: 'input', 'data-test': 'setup-period' }, ...periodChoices(today, slots.map((s) => s.code)).map((o) => h('option', { value: o.value, selected: o.value === code }, o.text)));
    sel.addEventListener('change', () => { code = sel.value; render(); });
    const field = checkedField('报送期次', sel, `今天是 ${today}`).el;
    field.classList.add('narrow');
    replace(picker, field);
  };

  const renderAssigned = (message?: HTMLElement) => {
    const mine = periodGroups(slots, ledgers).find((g) => g.code === code)?.ledgers ?? [];
    const items = mine.map((s) => {
      const host = h('div', { style: 'flex-basis:100%' });
      const edit = () => {
        const fields = dateFields(s.opens, s.due, 'edit');
        const status = h('div');
        const save = async () => {
          clearFieldErrors(fields);
          try {
            await ok(ctx.api.api.admin.periods[':templateId'][':code'].$put({ param: { templateId: s.templateId, code: s.code }, json: { opens: typedDate(fields.opens.control.value), due: typedDate(fields.due.control.value) } }));
            await refreshMe();
            await load(messageBar('success', `已修改“${s.name}”${s.label}的报送日期。`, 'period-result'));
          } catch (error) { showFieldErrors(fields, fieldErrors(error, DATE_FIELDS), status); }
        };
        replace(host, h('div', { class: 'inline-form', 'data-test': 'period-edit-form' },
          h('b', null, `修改“${s.name}”的报送日期`),
          h('div', { class: 'form-grid' }, fields.opens.el, fields.due.el), status,
          h('div', { class: 'row' }, button('保存', save, 'primary', 'save-period'), button('取消', () => replace(host), 'subtle'))));
        fields.due.control.focus();
      };
      return h('li', { 'data-test': 'period-slot', 'data-template': s.templateId },
        h('div', { class: 'grow' }, h('b', null, s.name), h('span', { class: 'hint' }, `开始 ${s.opens} · 截止 ${s.due}`)),
        button('修改日期', edit, 'subtle', 'edit-period'), host);
    });
    replace(assigned, h('h2', null, `${labelOf(code)}已设置的台账`),
      message ?? null,
      items.length === 0 ? h('p', { class: 'hint' }, '本期还没有设置任何台账：在下面勾选台账并设置日期。') : h('ul', { class: 'item-list' }, ...items));
  };

  const renderAdder = () => {
    const open = unassigned(ledgers, slots, code);
    if (open.length === 0) return replace(adder, h('h2', null, '添加台账'), h('p', { class: 'hint' }, '全部台账都已设置到本期。'));
    const window = defaultWindow(code);
    const boxes = open.map((l) => ({ l, box: h('input', { type: 'checkbox', value: l.id, 'data-test': 'assign-ledger' }) }));
    const fields = dateFields(window?.opens ?? '', window?.due ?? '', 'assign');
    const status = h('div');
    const all = () => { const on = !boxes.every((b) => b.box.checked); for (const b of boxes) b.box.checked = on; };
    const assign = async () => {
      clearFieldErrors(fields);
      const chosen = boxes.filter((b) => b.box.checked).map((b) => b.l);
      if (chosen.length === 0) return void replace(status, messageBar('warning', '请至少勾选一种台账。', 'assign-result'));
      const json = { code, opens: typedDate(fields.opens.control.value), due: typedDate(fields.due.control.value) };
      const done: string[] = [];
      for (const l of chosen) {
        try {
          await ok(ctx.api.api.admin.periods.$post({ json: { templateId: l.id, ...json } }));
          done.push(l.name);
        } catch (error) {
          const errors = fieldErrors(error, DATE_FIELDS);
          const prefix = done.length > 0 ? `已设置：${done.join('、')}；` : '';
          showFieldErrors(fields, { ...errors, general: errors.general ? `${prefix}“${l.name}”未设置：${errors.general}` : prefix || null }, status);
          if (done.length > 0) { await refreshMe(); await load(); }
          return;
        }
      }
      await refreshMe();
      await load(messageBar('success', `已为${labelOf(code)}设置 ${done.length} 种台账：${done.join('、')}；截止日期 ${json.due}。`, 'period-result'));
    };
    replace(adder,
      h('h2', null, '添加台账'),
      h('div', { class: 'row' }, h('span', { class: 'hint', style: 'flex:1' }, '勾选本期要求报送的台账：'), button('全选', all, 'subtle', 'assign-all')),
      h('div', { class: 'check-list' }, ...boxes.map(({ l, box }) => h('label', { class: 'check' }, box, h('span', null, l.name)))),
      h('p', { class: 'hint', 'data-test': 'default-due' }, defaultDueText(code)),
      h('div', { class: 'form-grid' }, fields.opens.el, fields.due.el),
      status,
      h('div', { class: 'row' }, button('设置所选台账', assign, 'primary', 'assign-period')));
  };

  const renderOverview = () => {
    const groups = periodGroups(slots, ledgers);
    replace(overview, h('h2', null, '各期次已设置的台账'),
      groups.length === 0 ? h('p', { class: 'hint' }, '还没有设置任何期次。') : h('ul', { class: 'item-list' }, ...groups.map((g) =>
        h('li', { 'data-test': 'period-group', 'data-period': g.code },
          h('div', { class: 'grow' }, h('b', null, `${g.label}（${g.ledgers.length} 种）`),
            h('span', { class: 'hint' }, g.ledgers.map((l) => `${l.name}（截止 ${l.due}）`).join('；')))))));
  };

  const render = (message?: HTMLElement) => {
    renderPicker();
    renderAssigned(message);
    renderAdder();
    renderOverview();
  };

  void load();
  return h('div', { class: 'stack' }, section('报送期次', picker, h('p', { class: 'hint' }, '选择期次，为它设置要报送的台账和日期；各单位在本期应报的台账即由此确定。')), assigned, adder, overview);
}
