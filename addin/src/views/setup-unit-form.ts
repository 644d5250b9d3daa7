import { ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { fieldErrors } from '../pane/field-errors.ts';
import { newReviewers, reviewerNotice, withUnitUnder } from '../pane/new-reviewers.ts';
import { parentChoices, unitBody, UNIT_FIELDS, type UnitFormValues, type UnitView } from '../pane/unit-form.ts';
import { button, h, messageBar, replace } from '../ui/dom.ts';
import { checkedField, clearFieldErrors, showFieldErrors, textInput, type CheckedField } from '../ui/form-field.ts';

/** Refusals that name no path but one field: the code taken, the parent missing or below the unit. */
const byCode = (code: string) => ({
  'unit/exists': { field: 'code', message: `单位编码“${code.trim()}”已被使用；要修改这个单位，请在上面的单位树中点它的“修改”。` },
  'unit/not-found': 'parentCode',
  'unit/cycle': 'parentCode',
});

const HINTS: Partial<Record<keyof UnitFormValues, string>> = {
  code: '字母、数字和“-”“_”“.”，如 FGW01；保存后不能修改',
  members: '本级党员人数，不含下级单位',
};

const COUNT_KEYS = new Set(['members', 'teams', 'branches']);

/**
 * The unit form, for a new unit (`editing` null) or to change one. Every
 * refusal of the service is shown at its field, in its own Chinese words.
 * Putting a unit under one that had no sub-units makes that unit's token a
 * reviewer, so the form says so and saves only on a second click.
 */
export function unitForm(
  ctx: AppContext, units: readonly UnitView[], values: UnitFormValues, editing: string | null, onSaved: (code: string) => Promise<void>, onCancel?: () => void,
): HTMLElement {
  const status = h('div');
  const notice = h('div');
  const saveLabel = editing === null ? '新增单位' : '保存修改';
  let confirmed = false;
  const fields: Record<string, CheckedField> = {};
  for (const { key, label } of UNIT_FIELDS) {
    if (key === 'parentCode') {
      const options = parentChoices(units, editing).map((u) => h('option', { value: u.code, selected: u.code === values.parentCode }, `${u.name}（${u.code}）`));
      const sel = h('select', { class: 'input', 'data-test': 'unit-parentCode' }, h('option', { value: '', selected: values.parentCode === '' }, '无（顶级单位）'), ...options);
      // Another parent is another question: the notice and its confirmation start over.
      sel.addEventListener('change', () => {
        confirmed = false;
        replace(notice);
        saveButton.textContent = saveLabel;
      });
      fields[key] = checkedField(label, sel);
      continue;
    }
    const input = textInput({
      value: values[key], 'data-test': `unit-${key}`,
      ...(COUNT_KEYS.has(key) ? { inputmode: 'numeric', placeholder: '0' } : {}),
      ...(key === 'contactPhone' ? { inputmode: 'tel' } : {}),
      ...(key === 'code' && editing !== null ? { readonly: true } : {}),
    });
    fields[key] = checkedField(label, input, HINTS[key]);
  }

  const save = async () => {
    clearFieldErrors(fields);
    const typed = Object.fromEntries(UNIT_FIELDS.map(({ key }) => [key, fields[key]!.control.value])) as UnitFormValues;
    const gained = newReviewers(units, withUnitUnder(units, editing ?? typed.code.trim(), typed.parentCode || null, editing !== null));
    if (gained.length > 0 && !confirmed) {
      const names = gained.map((code) => units.find((u) => u.code === code)?.name ?? code);
      replace(notice, messageBar('warning', reviewerNotice(names, 'save'), 'reviewer-notice'));
      saveButton.textContent = '确认保存';
      confirmed = true;
      return;
    }
    try {
      // Counts that are not numbers go as typed: the service refuses them with its Chinese message at the field.
      const saved = editing === null
        ? await ok<{ unit: UnitView }>(ctx.api.api.admin.units.$post({ json: unitBody(typed, true) as never }))
        : await ok<{ unit: UnitView }>(ctx.api.api.admin.units[':code'].$put({ param: { code: editing }, json: unitBody(typed, false) as never }));
      await onSaved(saved.unit.code);
    } catch (error) {
      showFieldErrors(fields, fieldErrors(error, UNIT_FIELDS.map((f) => f.key), byCode(typed.code)), status);
    }
  };

  const saveButton = button(saveLabel, save, 'primary', editing === null ? 'add-unit' : 'save-unit');
  return h('div', { class: editing === null ? 'stack' : 'inline-form', 'data-test': editing === null ? 'unit-new-form' : 'unit-edit-form' },
    editing === null ? null : h('b', null, `修改单位：${values.name}（${editing}）`),
    h('div', { class: 'form-grid' }, ...UNIT_FIELDS.map(({ key }) => fields[key]!.el)),
    status,
    notice,
    h('div', { class: 'row' },
      saveButton,
      onCancel ? button('取消', onCancel, 'subtle', 'cancel-unit') : null));
}
