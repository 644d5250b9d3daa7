type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown> & { class?: string; on?: Record<string, (e: Event) => void> };

/**
 * A tiny element builder: the pane is a handful of screens, so plain DOM with
 * native controls styled by Fluent's design tokens is enough and keeps the
 * bundle small. Props named like DOM properties are set as properties (value,
 * disabled), the rest as attributes.
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

export type Appearance = 'primary' | 'outline' | 'subtle' | 'transparent' | '';

/**
 * A native button in one of Fluent's appearances. While its async action runs it is
 * aria-disabled rather than disabled, so keyboard focus stays on it.
 */
export function button(label: string, onClick: () => void | Promise<void>, appearance: Appearance = '', testId?: string): HTMLButtonElement {
  const el = h('button', { type: 'button', class: appearance ? `btn ${appearance}` : 'btn', 'data-test': testId ?? null }, label);
  el.addEventListener('click', async () => {
    if (el.getAttribute('aria-disabled') === 'true') return;
    el.setAttribute('aria-disabled', 'true');
    try {
      await onClick();
    } finally {
      el.removeAttribute('aria-disabled');
    }
  });
  return el;
}

export type Intent = 'info' | 'success' | 'warning' | 'error';

/** Fluent's message bar: the icon is drawn by CSS, so the element's text is exactly `text`. */
export function messageBar(intent: Intent, text: string, testId?: string): HTMLElement {
  const urgent = intent === 'error' || intent === 'warning';
  return h('div', { class: `message-bar ${intent}`, role: urgent ? 'alert' : 'status', 'data-intent': intent, 'data-test': testId ?? 'message' }, text);
}

export type BadgeColor = 'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';

export function badge(text: string, color: BadgeColor, appearance: 'tint' | 'filled' | 'outline' = 'tint'): HTMLElement {
  return h('span', { class: `badge ${appearance} ${color}` }, text);
}

/** A busy indicator; `label` null when visible text next to it already says what is happening. */
export function spinner(size: 'tiny' | 'small' = 'tiny', label: string | null = '正在加载'): HTMLElement {
  return h('span', label === null ? { class: `spinner ${size}`, 'aria-hidden': 'true' } : { class: `spinner ${size}`, role: 'progressbar', 'aria-label': label });
}

/** A thin progress bar: `fraction` 0–1, or null while the length of the work is unknown. */
export function progressBar(fraction: number | null, label: string, done = false): HTMLProgressElement {
  const bar = h('progress', { class: done ? 'progress success' : 'progress', max: 100, 'aria-label': label });
  if (fraction !== null) bar.value = Math.round(fraction * 100);
  return bar;
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

/** A control under its visible label; the label wraps the control, so the two are associated without ids. */
export function field(label: string, control: Node): HTMLElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control);
}

/** A native select (reliable value/change semantics, works in every host) styled like Fluent's dropdown. */
export function select(label: string, options: { value: string; text: string }[], value: string, onChange: (v: string) => void, testId?: string): HTMLElement {
  const sel = h('select', { class: 'input', 'data-test': testId ?? null, on: { change: (e) => onChange((e.target as HTMLSelectElement).value) } },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.text)));
  return field(label, sel);
}
