import { ok } from '../api/client.ts';
import type { AppContext } from '../app-context.ts';
import { blankUnitForm, contactText, unitFormOf, unitTreeRows, type UnitView } from '../pane/unit-form.ts';
import { button, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';
import { unitForm } from './setup-unit-form.ts';
import { unitImportCard } from './setup-unit-import.ts';

const countsText = (u: UnitView) => `党员 ${u.members} · 内设团队 ${u.teams} · 党支部 ${u.branches}`;

/** 单位: import the 单位名单, see the tree, change a unit in place, add one. */
export function setupUnitsView(ctx: AppContext): HTMLElement {
  // Each message stays beside what it is about: changes at the tree, a new unit at its form.
  const status = h('div');
  const added = h('div');
  const tree = h('div', { class: 'card', 'data-test': 'unit-tree-card' }, spinner());
  const addHost = h('div');
  // The list as last loaded: what an import's result is compared with.
  let shown: readonly UnitView[] = [];

  const load = async (highlight?: string): Promise<readonly UnitView[] | null> => {
    try {
      const { units } = await ok<{ units: UnitView[] }>(ctx.api.api.admin.units.$get());
      shown = units;
      renderTree(units, highlight);
      replace(addHost, unitForm(ctx, units, blankUnitForm(), null, async (code) => {
        await load(code);
        replace(added, messageBar('success', `已新增单位 ${code}，已列入上面的单位树。`, 'unit-result'));
      }));
      return units;
    } catch (error) {
      replace(tree, messageBar('error', errorText(error)));
      return null;
    }
  };

  const renderTree = (units: UnitView[], highlight?: string) => {
    const rows = unitTreeRows(units);
    const items = rows.map(({ unit, depth, children }) => {
      const host = h('div');
      const edit = () => {
        const form = unitForm(ctx, units, unitFormOf(unit), unit.code, async (code) => {
          await load(code);
          replace(status, messageBar('success', `已保存单位 ${code} 的修改。`, 'unit-result'));
        }, () => replace(host));
        replace(host, form);
        // Opened beside the unit, with the focus in it: no form appearing out of sight.
        form.scrollIntoView({ block: 'nearest' });
        (form.querySelector('[data-test=unit-name]') as HTMLInputElement | null)?.focus();
      };
      return h('li', { 'data-test': 'unit-row', 'data-unit': unit.code, 'data-depth': String(depth), class: unit.code === highlight ? 'highlight' : '' },
        h('div', { class: 'unit-line', 'data-depth': String(depth), style: `--depth:${Math.min(depth, 6)}` },
          h('div', { class: 'unit-body' },
            h('span', { class: 'name' }, unit.name),
            h('span', { class: 'hint' }, `${unit.code}${children > 0 ? ` · 下级 ${children} 个` : ''} · ${countsText(unit)}`),
            h('span', { class: 'hint' }, contactText(unit))),
          button('修改', edit, 'subtle', 'edit-unit')),
        host);
    });
    replace(tree,
      h('h2', null, `单位（共 ${units.length} 个）`),
      status,
      units.length === 0
        ? messageBar('info', '还没有单位：导入单位名单，或在下面逐个新增。')
        : h('ul', { class: 'unit-tree', 'data-test': 'unit-tree', 'aria-label': '单位树' }, ...items));
  };

  void load();
  return h('div', { class: 'stack' },
    unitImportCard(ctx, () => shown, () => { replace(status); return load(); }),
    tree,
    section('新增单位', added, addHost));
}
