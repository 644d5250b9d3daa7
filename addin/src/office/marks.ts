/// <reference types="office-js" />
import type { IssueMark, MarkResult } from '../workbook/adapter.ts';
import { groupMarks, isOurNote, type CellMark, MARK_SETTING_KEY, originalFill, parseMarkStore, sameColor, type MarkStore } from '../workbook/marks.ts';
import type { IsSetSupported } from './host.ts';

/**
 * Marking and clearing in a fixed number of syncs, whatever the number of
 * cells: every per-cell load is queued before one sync, every write before
 * the next. What marking changed is kept in the workbook's add-in settings
 * (ExcelApi 1.4) — not in a hidden sheet, which a protected workbook structure
 * would refuse and the reader would have to skip — so a reloaded pane can clear it.
 */

interface MarkTarget {
  mark: CellMark;
  range: Excel.Range;
  note?: Excel.Note;
}

interface Loaded {
  sheets: Excel.WorksheetCollection;
  setting: Excel.Setting;
}

async function loadState(context: Excel.RequestContext): Promise<Loaded> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  const setting = context.workbook.settings.getItemOrNullObject(MARK_SETTING_KEY);
  setting.load('value');
  await context.sync();
  return { sheets, setting };
}

const storeOf = (setting: Excel.Setting): MarkStore | null => (setting.isNullObject ? null : parseMarkStore(setting.value));

/**
 * Queues the restore of stored marks: a cell whose fill is still our mark gets
 * its original fill back; a cell the user has recoloured since is left alone.
 * Costs one sync (the loads); the writes are queued for the caller's next sync.
 */
async function queueClear(context: Excel.RequestContext, state: Loaded, notes: boolean): Promise<number> {
  const store = storeOf(state.setting);
  if (!store) return 0;
  const present = new Map(state.sheets.items.map((s) => [s.id, s]));
  const probes: { range: Excel.Range; fill: string | null; mark: string; note?: Excel.Note }[] = [];
  for (const entry of store.sheets) {
    const sheet = present.get(entry.id);
    if (!sheet) continue;
    for (const c of entry.cells) {
      const range = sheet.getRange(c.cell);
      range.load('format/fill/color');
      const probe: (typeof probes)[number] = { range, fill: c.fill, mark: c.mark };
      if (notes && c.note) {
        probe.note = sheet.notes.getItemOrNullObject(c.cell);
        probe.note.load('content');
      }
      probes.push(probe);
    }
  }
  if (probes.length > 0) await context.sync();
  let restored = 0;
  for (const p of probes) {
    if (sameColor(p.range.format.fill.color, p.mark)) {
      if (p.fill === null) p.range.format.fill.clear();
      else p.range.format.fill.color = p.fill;
      restored++;
    }
    if (p.note && !p.note.isNullObject && isOurNote(p.note.content)) p.note.delete();
  }
  state.setting.delete();
  return restored;
}

export async function clearMarksInContext(context: Excel.RequestContext, isSetSupported: IsSetSupported): Promise<number> {
  const state = await loadState(context);
  if (state.setting.isNullObject) return 0;
  const restored = await queueClear(context, state, isSetSupported('ExcelApi', '1.18'));
  await context.sync();
  return restored;
}

export async function markIssuesInContext(context: Excel.RequestContext, marks: readonly IssueMark[], isSetSupported: IsSetSupported): Promise<MarkResult> {
  const notesSupported = isSetSupported('ExcelApi', '1.18');
  const tintKnown = isSetSupported('ExcelApi', '1.9');
  const state = await loadState(context);
  // Earlier marks go first, so the "original" fills read below are the user's, not ours.
  await queueClear(context, state, notesSupported);

  const { bySheet, invalid } = groupMarks(marks);
  let skipped = invalid;
  const byName = new Map(state.sheets.items.map((s) => [s.name, s]));
  const targets: { sheet: Excel.Worksheet; cells: MarkTarget[] }[] = [];
  for (const [name, cellMarks] of bySheet) {
    const sheet = byName.get(name);
    if (!sheet) {
      skipped += cellMarks.length;
      continue;
    }
    targets.push({
      sheet,
      cells: cellMarks.map((mark) => {
        const range = sheet.getRange(mark.cell);
        range.load(tintKnown ? 'format/fill/color,format/fill/tintAndShade' : 'format/fill/color');
        const cell: MarkTarget = { mark, range };
        if (notesSupported) {
          cell.note = sheet.notes.getItemOrNullObject(mark.cell);
          cell.note.load('content');
        }
        return cell;
      }),
    });
  }
  // One sync: the restore queued above runs first, then every original fill is read.
  await context.sync();

  const store: MarkStore = { version: 1, sheets: [] };
  let marked = 0;
  let notes = 0;
  for (const { sheet, cells } of targets) {
    const stored: MarkStore['sheets'][number] = { id: sheet.id, name: sheet.name, cells: [] };
    for (const { mark, range, note } of cells) {
      const fill = range.format.fill;
      const original = originalFill(fill.color, tintKnown ? fill.tintAndShade : undefined, tintKnown);
      fill.color = mark.fill;
      marked++;
      // A note the user wrote stays; ours is added only where the cell has none.
      const addNote = note !== undefined && note.isNullObject;
      if (addNote) {
        sheet.notes.add(range, mark.note);
        notes++;
      }
      stored.cells.push({ cell: mark.cell, fill: original, mark: mark.fill, note: addNote });
    }
    store.sheets.push(stored);
  }
  if (marked > 0) context.workbook.settings.add(MARK_SETTING_KEY, JSON.stringify(store));
  await context.sync();
  return { marked, skipped, notes, notesSupported };
}
