import type { FieldErrors } from '../pane/field-errors.ts';
import { h, messageBar, replace } from './dom.ts';

let serial = 0;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface CheckedField<C extends Control = Control> {
  el: HTMLElement;
  control: C;
  /** Shows a refusal under the control (or clears it with null). */
  setError(message: string | null): void;
}

/**
 * A labelled control with a place for its own refusal underneath: the
 * message is tied to the control (aria-describedby, aria-invalid) so a
 * screen reader reads it with the field, as Fluent's Field does.
 */
export function checkedField<C extends Control>(label: string, control: C, hint?: string, after?: Node | null): CheckedField<C> {
  const id = `field-msg-${++serial}`;
  const message = h('span', { class: 'field-error', id, 'data-test': 'field-error', hidden: true });
  const hintEl = hint ? h('span', { class: 'hint' }, hint) : null;
  control.setAttribute('aria-describedby', id);
  const el = h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control, hintEl, message, after);
  return {
    el,
    control,
    setError(text) {
      message.textContent = text ?? '';
      message.hidden = text === null;
      if (text === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    },
  };
}

/**
 * Puts each refusal at its field and the rest in `status`; the first refused
 * field takes the focus so the person sees where to look.
 */
export function showFieldErrors(fields: Readonly<Record<string, CheckedField>>, errors: FieldErrors, status: HTMLElement): void {
  for (const [key, f] of Object.entries(fields)) f.setError(errors.fields[key] ?? null);
  replace(status, errors.general ? messageBar('error', errors.general) : null);
  const first = Object.keys(fields).find((k) => errors.fields[k] !== undefined);
  if (first) fields[first]!.control.focus();
}

export function clearFieldErrors(fields: Readonly<Record<string, CheckedField>>): void {
  for (const f of Object.values(fields)) f.setError(null);
}

export const textInput = (props: Record<string, unknown> = {}): HTMLInputElement =>
  h('input', { class: 'input', type: 'text', autocomplete: 'off', spellcheck: 'false', ...props });
