import type { StatusBoard } from '../api/client.ts';
import { cellMatches, filtering, matrixRows, slotText, visibleRows, type MatrixFilter, type MatrixRow, type SlotFacts } from '../pane/board-matrix.ts';
import { chinaTime } from '../pane/labels.ts';
import { shortLedgerNames } from '../pane/ledger-short-names.ts';
import { STATE_TEXT } from '../pane/status-board.ts';
import { h } from '../ui/dom.ts';

export interface BoardMatrix {
  el: HTMLElement;
  /** Shows the rows the filter lets through, marks the cells a tile picked; returns how many units are shown. */
  show(filter: MatrixFilter): number;
  cell(unitCode: string, templateId: string): HTMLButtonElement | null;
}

function cellButton(c: SlotFacts): HTMLButtonElement {
  const text = slotText(c);
  // A parent's own slot with nothing in it is a dash: it was never asked for (no 「无需报送」 rows).
  const body = c.state === 'not_expected'
    ? [h('span', { class: 'mx-st' }, '—')]
    : [
        h('span', { class: 'mx-st' }, STATE_TEXT[c.state], c.version !== null ? h('span', { class: 'mx-v' }, ` v${c.version}`) : null, c.rejectedAfter && c.state !== 'rejected' ? h('span', { class: 'mx-flag', 'aria-hidden': 'true' }, '!') : null),
        c.submittedAt ? h('span', { class: 'mx-tm' }, chinaTime(c.submittedAt).slice(5)) : null,
      ];
  return h('button', {
    type: 'button', class: 'mx-cell', 'data-test': 'status-cell', 'data-unit': c.unitCode, 'data-template': c.templateId, 'data-state': c.state,
    // The row and column headers name unit and ledger (th scope); the title says the rest, for the pointer and for assistive tech.
    title: text,
  }, ...body);
}

/**
 * 报送情况 as a matrix: one row per unit following the unit tree (parents
 * fold), one column per ledger of the period. The whole table is built once
 * per load; filtering only hides rows and marks cells, so a tile or a key in
 * the search box costs no rebuild at 300 units × 9 ledgers.
 */
export function boardMatrix(board: StatusBoard, onToggle: (row: MatrixRow<SlotFacts>) => void, onOpen: (cell: SlotFacts) => void): BoardMatrix {
  // Columns in the order the service lists the period's ledgers: the catalog's (listPeriods), as the summary's sheets.
  const ledgers = board.templates;
  const rows = matrixRows(board.units, ledgers.map((t) => t.id), board.cells);
  const short = shortLedgerNames(ledgers.map((t) => t.name));
  const names = new Map(board.units.map((u) => [u.code, u.name]));
  const cellEls = new Map<string, HTMLButtonElement>();
  const slots = new Map<string, SlotFacts>();
  const key = (unit: string, template: string) => `${unit}\u0000${template}`;

  const toggles: (HTMLButtonElement | null)[] = [];
  const trs = rows.map((row) => {
    const toggle = row.descendants > 0
      ? h('button', { type: 'button', class: 'mx-toggle', 'data-test': 'collapse', 'aria-expanded': 'true', 'aria-label': `收起${row.name}的 ${row.descendants} 个下级单位` }, '▾')
      : null;
    toggles.push(toggle);
    // Listed flat while filtering, a branch is told from its namesakes by its parent (第一党支部 exists under every 党总支).
    const parent = row.ancestors.at(-1);
    const path = parent ? names.get(parent) ?? parent : '';
    return h('tr', { 'data-test': 'status-row', 'data-unit': row.code, 'data-parent': row.descendants > 0 ? 'true' : null },
      h('th', { scope: 'row', class: 'mx-unit', style: `--depth:${row.depth}` },
        h('div', { class: 'mx-name' }, toggle, h('span', null, row.name)),
        h('div', { class: 'mx-code' }, row.code, path ? h('span', { class: 'mx-path', title: path }, path) : null)),
      ...row.cells.map((c) => {
        if (!c) return h('td', null);
        const el = cellButton(c);
        cellEls.set(key(c.unitCode, c.templateId), el);
        slots.set(key(c.unitCode, c.templateId), c);
        return h('td', null, el);
      }));
  });
  const empty = h('tr', { hidden: true }, h('td', { class: 'mx-empty', colspan: ledgers.length + 1 }, '没有符合条件的单位。'));
  const table = h('table', { class: 'matrix', style: `--cols:${ledgers.length}` },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'mx-unit' }, '单位'),
      ...ledgers.map((t, i) => h('th', { scope: 'col', title: `${t.name}（截止 ${t.due}）`, 'aria-label': t.name, 'data-template': t.id }, short[i])))),
    h('tbody', null, ...trs, empty));
  // One listener for every cell and fold button: thousands of closures cost more to build than the board's clicks need.
  const rowAt = new Map(rows.map((r) => [r.code, r]));
  table.addEventListener('click', (e) => {
    const target = (e.target as Element).closest('button');
    const unit = target?.closest('tr')?.getAttribute('data-unit');
    if (!target || !unit) return;
    if (target.classList.contains('mx-toggle')) onToggle(rowAt.get(unit)!);
    else if (target.classList.contains('mx-cell')) onOpen(slots.get(key(unit, target.getAttribute('data-template')!))!);
  });
  const el = h('div', { class: 'matrix-scroll', 'data-test': 'board-matrix', role: 'region', 'aria-label': `${board.period.label}报送情况（单位 × 台账）`, tabindex: 0 }, table);

  let marked: HTMLButtonElement[] = [];
  const show = (filter: MatrixFilter): number => {
    const visible = new Set(visibleRows(rows, filter));
    const filtered = filtering(filter);
    table.classList.toggle('filtered', filtered);
    table.classList.toggle('picking', filter.state !== null);
    for (const m of marked) m.classList.remove('match');
    marked = [];
    trs.forEach((tr, i) => {
      const shown = visible.has(i);
      if (tr.hidden === shown) tr.hidden = !shown;
      const toggle = toggles[i];
      if (toggle) {
        const open = !filter.collapsed.has(rows[i]!.code);
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? '▾' : '▸';
        toggle.setAttribute('aria-label', `${open ? '收起' : '展开'}${rows[i]!.name}的 ${rows[i]!.descendants} 个下级单位`);
        toggle.disabled = filtered;
      }
      if (shown && filter.state !== null)
        for (const c of rows[i]!.cells)
          if (cellMatches(c, filter.state)) {
            const m = cellEls.get(key(c!.unitCode, c!.templateId))!;
            m.classList.add('match');
            marked.push(m);
          }
    });
    empty.hidden = visible.size > 0;
    return visible.size;
  };

  return { el, show, cell: (unit, template) => cellEls.get(key(unit, template)) ?? null };
}
