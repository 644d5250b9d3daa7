import { h } from '../ui/dom.ts';

/**
 * A screen's title; for a reviewer the subtree it shows on a second line
 * (「综合业务党总支（审核范围：3 个单位）」), so a 党总支 never takes its
 * board or summary for the whole organisation's.
 */
export function scopeHeading(title: string, scope: string | null): HTMLHeadingElement {
  return h('h2', null, title, scope ? h('span', { class: 'scope-title', 'data-test': 'scope-title' }, scope) : null);
}
