type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown> & { class?: string; on?: Record<string, (e: Event) => void> };

/**
 * A tiny element builder: the pane is a handful of screens, so plain DOM plus
 * Fluent web components is enough and keeps the bundle small. Props named like
 * DOM properties are set as properties (value, disabled), the rest as attributes.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, props?: Props | null, ...children: Child[]): HTMLElement;
export function h(tag: string, props: Props | null = null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (k === 'on') for (const [name, fn] of Object.entries(v as Record<string, (e: Event) => void>)) el.addEventListener(name, fn);
    else if (k === 'class') el.className = String(v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (v === false || v === null || v === undefined) continue;
    else if (k in el && typeof v !== 'string') (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

// appendChild/removeChild rather than append/replaceChildren: the add-in's
// tsconfig also loads workers-types (for the API's types), whose HTMLRewriter
// `Element` shadows the DOM's append().
export function append(el: HTMLElement, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function replace(el: HTMLElement, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

/** A Fluent button with a click handler; `busy` disables it while an async action runs. */
export function button(label: string, onClick: () => void | Promise<void>, appearance: 'primary' | 'outline' | 'subtle' | 'transparent' | '' = '', testId?: string): HTMLElement {
  const el = h('fluent-button', { appearance: appearance || null, 'data-test': testId ?? null });
  el.textContent = label;
  el.addEventListener('click', async () => {
    if (el.hasAttribute('disabled')) return;
    el.setAttribute('disabled', '');
    try {
      await onClick();
    } finally {
      el.removeAttribute('disabled');
    }
  });
  return el;
}

export function messageBar(intent: 'info' | 'success' | 'warning' | 'error', text: string, testId?: string): HTMLElement {
  return h('fluent-message-bar', { intent, layout: 'multiline', 'data-test': testId ?? 'message' }, text);
}

export function badge(text: string, color: string, appearance = 'tint'): HTMLElement {
  return h('fluent-badge', { appearance, color }, text);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

/** A native select styled like Fluent's dropdown (reliable value/change semantics, works in every host). */
export function select(label: string, options: { value: string; text: string }[], value: string, onChange: (v: string) => void, testId?: string): HTMLElement {
  const sel = h('select', { class: 'select', 'data-test': testId ?? null, on: { change: (e) => onChange((e.target as HTMLSelectElement).value) } },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.text)));
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), sel);
}
