import type { StatusBoard } from '../api/client.ts';
import { layoutTree } from '../../../templates/summary/unit-tree.ts';
import { chinaTime, returnCommentText } from './labels.ts';
import { STATE_TEXT, type BoardCell, type CellState } from './status-board.ts';

export interface MatrixUnit {
  code: string;
  name: string;
  parentCode: string | null;
}

/** One unit of the board: its place in the unit tree and its cell per ledger column. */
export interface MatrixRow<C extends BoardCell = BoardCell> {
  code: string;
  name: string;
  depth: number;
  /** Codes of the units above it, the top first: collapsing any of them hides the row. */
  ancestors: string[];
  /** How many units sit below it (0 for a unit that reports). */
  descendants: number;
  /** One per ledger column, in column order; null when the board has no cell there. */
  cells: (C | null)[];
}

/** What the office narrowed the board to: a count tile, the search box, the parents folded away. */
export interface MatrixFilter {
  state: CellState | null;
  query: string;
  collapsed: ReadonlySet<string>;
}

/**
 * The board's rows in the unit tree's order — the same depth-first walk as
 * the summary's 报送情况 (a unit whose parent is missing, or caught in a
 * parent cycle, is shown at the top rather than dropped) — each with its
 * cells laid out under the ledger columns.
 */
export function matrixRows<C extends BoardCell>(units: readonly MatrixUnit[], templateIds: readonly string[], cells: readonly C[]): MatrixRow<C>[] {
  const byUnit = new Map<string, Map<string, C>>();
  for (const c of cells) {
    const own = byUnit.get(c.unitCode) ?? new Map<string, C>();
    own.set(c.templateId, c);
    byUnit.set(c.unitCode, own);
  }
  const { rows } = layoutTree(units.map((u) => ({ code: u.code, name: u.name, parent: u.parentCode, members: 0, teams: 0, branches: 0 })), () => false);
  const path: string[] = [];
  return rows.map(({ head, codes }) => {
    path.length = head.depth;
    const row: MatrixRow<C> = {
      code: head.unitCode, name: head.unitName, depth: head.depth, ancestors: [...path], descendants: codes.length - 1,
      cells: templateIds.map((id) => byUnit.get(head.unitCode)?.get(id) ?? null),
    };
    path.push(head.unitCode);
    return row;
  });
}

/**
 * Whether a count tile counts this cell: only slots that count towards 应报,
 * so the filtered board shows exactly the tile's number of cells.
 */
export const cellMatches = (c: BoardCell | null, state: CellState | null): boolean => state !== null && c !== null && c.expected && c.state === state;

const normalise = (query: string): string => query.trim().toLowerCase();

export const filtering = (f: MatrixFilter): boolean => f.state !== null || normalise(f.query) !== '';

/**
 * Indices of the rows to show. A tile or a search shows every unit that
 * matches wherever it sits (a folded parent must not hide what was asked
 * for); otherwise the tree is shown less what folded parents hide.
 */
export function visibleRows(rows: readonly MatrixRow[], f: MatrixFilter): number[] {
  const q = normalise(f.query);
  const out: number[] = [];
  rows.forEach((row, i) => {
    const shown = filtering(f)
      ? (f.state === null || row.cells.some((c) => cellMatches(c, f.state))) && (q === '' || row.name.toLowerCase().includes(q) || row.code.toLowerCase().includes(q))
      : !row.ancestors.some((a) => f.collapsed.has(a));
    if (shown) out.push(i);
  });
  return out;
}

/** A parent folds and unfolds; anything else is left alone. */
export function toggleCollapsed(collapsed: ReadonlySet<string>, row: MatrixRow): Set<string> {
  const next = new Set(collapsed);
  if (row.descendants === 0) return next;
  if (!next.delete(row.code)) next.add(row.code);
  return next;
}

/** A board cell as GET /api/admin/status gives it: the state and what is known of the counted version. */
export type SlotFacts = StatusBoard['cells'][number];

/** What a cell says in full: its tooltip, and the slot view's 当前状态. */
export function slotText(c: SlotFacts): string {
  if (c.state === 'not_expected') return '无需报送（由下级单位报送）';
  return [
    `${STATE_TEXT[c.state]}${c.nilReturn ? '（本期无此事项）' : ''}`,
    c.version !== null ? `第 ${c.version} 版` : null,
    c.submittedAt ? chinaTime(c.submittedAt) : null,
    c.errors !== null ? `错误 ${c.errors} · 提醒 ${c.warnings ?? 0}` : null,
    c.review === 'approved' ? '已审核通过' : null,
    c.returnComment ? returnCommentText(c.returnedBy, c.returnComment) : null,
    c.rejectedAfter ? `${c.state === 'rejected' ? '' : '新报的'}第 ${c.rejectedAfter.version} 版未通过（错误 ${c.rejectedAfter.errors} 个）` : null,
    c.expected ? null : '本级报送，不计入应报',
  ].filter(Boolean).join(' · ');
}
