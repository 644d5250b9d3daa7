import type { StatusBoard } from '../api/client.ts';
import { filtering, toggleCollapsed, type MatrixFilter, type SlotFacts } from '../pane/board-matrix.ts';
import { boardCounts, percentText, STATE_TEXT, type BoardCounts, type CellState } from '../pane/status-board.ts';
import { button, h, progressBar } from '../ui/dom.ts';
import { boardMatrix, type BoardMatrix } from './board-matrix.ts';
import { scopeHeading } from './scope-heading.ts';
import '../ui/board.css';

/** The office's choices on the board; kept by the caller so a reload (another period, a return) keeps them. */
export interface BoardViewState {
  state: CellState | null;
  query: string;
  collapsed: Set<string>;
}

export interface BoardPanel {
  el: HTMLElement;
  matrix: BoardMatrix;
}

const TILES: [CellState, keyof BoardCounts, string, string][] = [
  ['on_time', 'onTime', 'ok', 'count-on-time'], ['late', 'late', 'late', 'count-late'], ['pending_review', 'pendingReview', 'pending', 'count-pending-review'], ['missing', 'missing', 'missing', 'count-missing'],
  ['returned', 'returned', 'returned', 'count-returned'], ['rejected', 'rejected', 'rejected', 'count-rejected'],
];

/**
 * One period's board: progress, the count tiles (each a filter: click 未报送
 * to see only the units that owe something, click again to see all), a
 * search box that narrows as you type, and the unit × ledger matrix. A
 * reviewer's board (its subtree) says so under the title (`scope`).
 */
export function boardPanel(board: StatusBoard, view: BoardViewState, onOpen: (cell: SlotFacts) => void, scope: string | null = null): BoardPanel {
  const counts = boardCounts(board.cells);
  const filter = (): MatrixFilter => ({ state: view.state, query: view.query, collapsed: view.collapsed });
  const shownText = h('span', { class: 'hint', 'aria-live': 'polite', 'data-test': 'board-shown' });
  const clear = button('清除筛选', () => { view.state = null; view.query = ''; search.value = ''; apply(); search.focus(); }, 'subtle', 'clear-filter');

  // 待审核 only where 逐级审核 is in use: an organisation without it never sees the word.
  const tiles = TILES.filter(([state, count]) => state !== 'pending_review' || counts[count] > 0).map(([state, count, cls, test]) =>
    h('button', { type: 'button', class: `stat ${cls}`, 'data-test': test, 'data-state': state, 'aria-pressed': 'false', on: { click: () => { view.state = view.state === state ? null : state; apply(); } } },
      h('b', null, counts[count]), h('span', null, STATE_TEXT[state])));

  const search = h('input', {
    type: 'search', class: 'input', value: view.query, placeholder: '按名称或编码查找', 'aria-label': '查找单位', 'data-test': 'board-search',
    on: { input: () => { view.query = search.value; apply(); } },
  });

  const matrix = boardMatrix(board, (row) => { view.collapsed = toggleCollapsed(view.collapsed, row); apply(); }, onOpen);

  function apply(): void {
    const shown = matrix.show(filter());
    for (const t of tiles) t.setAttribute('aria-pressed', String(t.dataset.state === view.state));
    const what = [view.state ? STATE_TEXT[view.state] : null, view.query.trim() ? `“${view.query.trim()}”` : null].filter(Boolean).join('，');
    shownText.textContent = filtering(filter()) ? `${what}：${shown} 个单位（共 ${board.units.length} 个）` : `共 ${board.units.length} 个单位，${board.templates.length} 种台账`;
    clear.hidden = !filtering(filter());
  }

  const el = h('div', { class: 'board' },
    scopeHeading(`${board.period.label}报送情况`, scope),
    h('div', { class: 'progress-label' }, h('span', { 'data-test': 'progress-count' }, `已报送 ${counts.onTime + counts.late} / 应报 ${counts.expected}${counts.pendingReview > 0 ? `，待审核 ${counts.pendingReview}` : ''}`), h('span', { 'data-test': 'progress' }, percentText(counts.progress))),
    progressBar(counts.progress, '报送进度', counts.progress === 1),
    h('div', { class: 'stats', role: 'group', 'aria-label': '按状态筛选' }, ...tiles),
    h('div', { class: 'board-find' }, search, clear),
    shownText,
    matrix.el);
  apply();
  return { el, matrix };
}
