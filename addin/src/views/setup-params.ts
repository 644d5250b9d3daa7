import { ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { fieldErrors } from '../pane/field-errors.ts';
import { paramEdit, paramFields, paramText, type TemplateParamsView } from '../pane/param-fields.ts';
import { badge, button, h, messageBar, replace, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { checkedField, clearFieldErrors, showFieldErrors, textInput, type CheckedField } from '../ui/form-field.ts';

/** One ledger's thresholds and quotas: current value, default, range; refusals at the field. */
function templateCard(ctx: AppContext, t: TemplateParamsView): HTMLElement {
  const card = h('section', { class: 'card', 'data-test': 'params-card', 'data-template': t.templateId });
  const render = (view: TemplateParamsView, message?: HTMLElement) => {
    const defs = paramFields(view);
    const status = h('div');
    const fields: Record<string, CheckedField> = {};
    const rows = defs.map((f, i) => {
      const input = textInput({ value: f.text, inputmode: 'decimal', 'data-test': `param-${f.key}` });
      const dflt = paramText(view.params[i]!.default);
      const changed = f.changed
        ? h('span', { class: 'row', style: 'align-items:center' }, badge(`已修改（默认 ${dflt}）`, 'brand'),
          button('恢复默认', () => { input.value = dflt; input.focus(); }, 'subtle', 'param-default'))
        : null;
      fields[f.key] = checkedField(f.label, input, f.hint, changed);
      return h('div', { class: 'param', 'data-test': 'param', 'data-key': f.key }, fields[f.key]!.el);
    });
    const save = async () => {
      clearFieldErrors(fields);
      const edit = paramEdit(defs, Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.control.value])));
      if (Object.keys(edit.errors).length > 0) return showFieldErrors(fields, { fields: edit.errors, general: null }, status);
      if (Object.keys(edit.body).length === 0) return void replace(status, messageBar('info', '没有修改任何参数。', 'params-result'));
      try {
        const r = await ok<{ template: TemplateParamsView }>(ctx.api.api.admin.params[':templateId'].$put({ param: { templateId: view.templateId }, json: edit.body }));
        const changed = defs.filter((f) => f.key in edit.body).map((f) => f.label).join('、');
        render(r.template, messageBar('success', `已保存“${changed}”：之后的校验、报送和汇总按新值执行。`, 'params-result'));
      } catch (error) {
        showFieldErrors(fields, fieldErrors(error, defs.map((f) => f.key)), status);
      }
    };
    replace(card, h('h2', null, view.name), message ?? null, h('div', { class: 'form-grid wide' }, ...rows), status,
      h('div', { class: 'row' }, button('保存', save, 'primary', 'save-params')));
  };
  render(t);
  return card;
}

/** 阈值与比例: each ledger's tunable parameters (GET/PUT /api/admin/params). */
export function setupParamsView(ctx: AppContext): HTMLElement {
  const root = h('div', { class: 'stack' }, h('div', { class: 'card' }, spinner()));
  void (async () => {
    try {
      const { templates } = await ok<{ templates: TemplateParamsView[] }>(ctx.api.api.admin.params.$get());
      replace(root,
        h('p', { class: 'hint' }, '阈值和比例默认取党建台账的规定值；修改后，之后的校验、报送和汇总按新值执行，已报送的台账不重新判定。'),
        ...templates.map((t) => templateCard(ctx, t)));
    } catch (error) { replace(root, messageBar('error', errorText(error))); }
  })();
  return root;
}
