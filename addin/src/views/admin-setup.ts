import '../ui/setup.css';
import type { AppContext } from '../app-context.ts';
import { h, replace } from '../ui/dom.ts';
import { tabList } from '../ui/tabs.ts';
import { setupParamsView } from './setup-params.ts';
import { setupPeriodsView } from './setup-periods.ts';
import { setupReviewView } from './setup-review.ts';
import { setupTokensView } from './setup-tokens.ts';
import { setupUnitsView } from './setup-units.ts';

const SECTIONS = [
  { id: 'setup-units', label: '单位', view: setupUnitsView },
  { id: 'setup-periods', label: '期次', view: setupPeriodsView },
  { id: 'setup-tokens', label: '令牌', view: setupTokensView },
  { id: 'setup-params', label: '阈值与比例', view: setupParamsView },
  { id: 'setup-review', label: '逐级审核', view: setupReviewView },
] as const;

/** 机构设置: what the office used to set through the API — units, periods, tokens, thresholds, 逐级审核 — one section at a time. */
export function adminSetupView(ctx: AppContext): HTMLElement {
  const panel = h('div', { id: 'setup-panel', role: 'tabpanel', class: 'stack' });
  const show = (id: string) => replace(panel, (SECTIONS.find((s) => s.id === id) ?? SECTIONS[0]).view(ctx));
  const list = tabList(SECTIONS, panel, '机构设置', show);
  // The pane's own tablist is found by data-test=tabs; this one must not be mistaken for it.
  list.setAttribute('data-test', 'setup-tabs');
  show(SECTIONS[0].id);
  return h('div', { class: 'stack' }, h('div', { class: 'subtabs' }, list), panel);
}
