import { tabAfterKey } from '../pane/tab-keys.ts';
import { append, h } from './dom.ts';

export interface TabItem {
  id: string;
  label: string;
}

/**
 * A role="tablist" of buttons controlling `panel`. Only the selected tab is in
 * the Tab order; arrow keys, Home and End move to a tab and select it, as
 * Fluent's tablist does. `onSelect` runs on every selection after the first,
 * which is the first item and is the caller's to render.
 */
export function tabList(items: readonly TabItem[], panel: HTMLElement, label: string, onSelect: (id: string) => void): HTMLElement {
  const list = h('div', { role: 'tablist', class: 'tablist', 'aria-label': label, 'data-test': 'tabs' });
  const tabs = items.map((t) =>
    h('button', { type: 'button', role: 'tab', class: 'tab', id: `tab-${t.id}`, 'aria-controls': panel.id, 'data-label': t.label, 'data-test': `tab-${t.id}` }, t.label));
  const mark = (index: number) => {
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
    });
    panel.setAttribute('aria-labelledby', tabs[index]!.id);
  };
  const choose = (index: number) => {
    mark(index);
    onSelect(items[index]!.id);
  };
  tabs.forEach((tab, i) => tab.addEventListener('click', () => choose(i)));
  list.addEventListener('keydown', (e) => {
    const next = tabAfterKey(e.key, tabs.indexOf(e.target as HTMLButtonElement), tabs.length);
    if (next === null) return;
    e.preventDefault();
    tabs[next]!.focus();
    choose(next);
  });
  append(list, tabs);
  if (tabs.length > 0) mark(0);
  return list;
}
