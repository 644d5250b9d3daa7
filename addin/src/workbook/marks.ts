import { singleCell } from './a1.ts';
import type { IssueMark } from './adapter.ts';

/** Excel's own "Bad" and "Neutral" cell-style fills: familiar to users, readable under black text. */
export const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** Notes we add start with this, so clearing removes ours and never the user's own. */
export const NOTE_PREFIX = '【台账通】';

/** Excel caps a note's text; longer lists of problems are cut with an ellipsis. */
const NOTE_MAX = 1000;

export interface CellMark {
  cell: string;
  severity: 'error' | 'warning';
  fill: string;
  note: string;
}

/**
 * Marks grouped by sheet, one per cell: several issues on one cell merge, an
 * error outranks a warning, and every message appears once in the note.
 */
export function groupMarks(marks: readonly IssueMark[]): { bySheet: Map<string, CellMark[]>; invalid: number } {
  const cells = new Map<string, Map<string, { severity: 'error' | 'warning'; messages: string[] }>>();
  let invalid = 0;
  for (const m of marks) {
    const cell = singleCell(m.cell);
    if (!cell || !m.sheet) {
      invalid++;
      continue;
    }
    const sheet = cells.get(m.sheet) ?? new Map();
    cells.set(m.sheet, sheet);
    const slot = sheet.get(cell) ?? { severity: m.severity, messages: [] };
    if (m.severity === 'error') slot.severity = 'error';
    if (!slot.messages.includes(m.message)) slot.messages.push(m.message);
    sheet.set(cell, slot);
  }
  const bySheet = new Map<string, CellMark[]>();
  for (const [sheet, byCell] of cells) {
    bySheet.set(
      sheet,
      [...byCell].map(([cell, s]) => ({ cell, severity: s.severity, fill: MARK_FILL[s.severity], note: noteText(s.messages) })),
    );
  }
  return { bySheet, invalid };
}

export function noteText(messages: readonly string[]): string {
  const text = NOTE_PREFIX + (messages.length === 1 ? messages[0]! : messages.map((m, i) => `${i + 1}. ${m}`).join('\n'));
  return text.length <= NOTE_MAX ? text : `${text.slice(0, NOTE_MAX - 1)}…`;
}

export const isOurNote = (content: unknown): boolean => typeof content === 'string' && content.startsWith(NOTE_PREFIX);

export const sameColor = (a: unknown, b: string): boolean => typeof a === 'string' && a.toUpperCase() === b.toUpperCase();

/**
 * What marking changed, kept in the workbook (add-in settings) so a reloaded
 * pane can still clear it. Keyed by worksheet id: ids survive a sheet rename.
 * `fill: null` means the cell had no fill and is restored with fill.clear().
 */
export interface MarkStore {
  version: 1;
  sheets: { id: string; name: string; cells: { cell: string; fill: string | null; mark: string; note: boolean }[] }[];
}

export const MARK_SETTING_KEY = 'taizhangtong.marks';

/** A stored value back to a MarkStore; anything unrecognisable counts as "no marks". */
export function parseMarkStore(value: unknown): MarkStore | null {
  const v = typeof value === 'string' ? safeJson(value) : value;
  if (!v || typeof v !== 'object' || (v as MarkStore).version !== 1 || !Array.isArray((v as MarkStore).sheets)) return null;
  const sheets: MarkStore['sheets'] = [];
  for (const s of (v as MarkStore).sheets) {
    if (!s || typeof s.id !== 'string' || !Array.isArray(s.cells)) continue;
    const cells = s.cells.filter(
      (c) => c && typeof c.cell === 'string' && singleCell(c.cell) === c.cell && (c.fill === null || typeof c.fill === 'string') && typeof c.mark === 'string',
    );
    sheets.push({ id: s.id, name: typeof s.name === 'string' ? s.name : '', cells: cells.map((c) => ({ cell: c.cell, fill: c.fill, mark: c.mark, note: c.note === true })) });
  }
  return { version: 1, sheets };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Office.js reports "no fill" as #FFFFFF, like a white fill; tintAndShade
 * (ExcelApi 1.9) is null only for no fill. Without it, white counts as no fill
 * (visually identical but for gridlines).
 */
export function originalFill(color: unknown, tintAndShade: unknown, tintKnown: boolean): string | null {
  if (typeof color !== 'string' || color === '') return null;
  const white = color.toUpperCase() === '#FFFFFF';
  if (!white) return color;
  if (tintKnown) return tintAndShade === null || tintAndShade === undefined ? null : color;
  return null;
}
