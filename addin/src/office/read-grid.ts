/// <reference types="office-js" />
import type { CellValue, Grid, GridSheet } from '../../../templates/model/grid.ts';
import { areasOf } from '../workbook/a1.ts';
import type { ReadGridOptions } from '../workbook/adapter.ts';
import { CHUNK_CELLS, estimateJsonBytes, nextChunkRows, rowsPerChunk } from '../workbook/chunking.ts';
import { sheetMissingError } from '../workbook/errors.ts';
import { identityFromKeywords } from '../workbook/identity.ts';
import { isPayloadTooLarge, type IsSetSupported } from './host.ts';

/** Merges matter only near the top (titles, two-row headers): the validator looks no deeper. */
const MERGE_ROWS = 41;

interface UsedArea {
  sheet: Excel.Worksheet;
  grid: GridSheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  merges?: Excel.RangeAreas;
}

/**
 * Reads the used range (values only, so formatted-but-empty rows of a template
 * are not read) of each sheet in row chunks, one sync per chunk so no request
 * nears the 5 MB limit of Excel on the web. Very hidden sheets are internal to
 * add-ins and skipped; hidden ones are read and flagged, as the file reader does.
 */
export async function readGridInContext(
  context: Excel.RequestContext,
  options: ReadGridOptions & { isSetSupported: IsSetSupported; chunkCells?: number },
): Promise<Grid> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name,items/visibility');
  wb.load('name');
  wb.properties.load('keywords');
  await context.sync();

  const wanted = options.sheets;
  const all = sheets.items;
  for (const name of wanted ?? []) if (!all.some((s) => s.name === name)) throw sheetMissingError(name);
  const chosen = all.filter((s) => (wanted ? wanted.includes(s.name) : s.visibility !== 'VeryHidden'));

  const mergesSupported = options.isSetSupported('ExcelApi', '1.13');
  const used = chosen.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, range };
  });
  await context.sync();

  const areas: UsedArea[] = used.map(({ sheet, range }) => {
    const grid: GridSheet = { name: sheet.name, values: [], numberFormats: [] };
    if (sheet.visibility !== 'Visible') grid.hidden = true;
    if (range.isNullObject) return { sheet, grid, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
    grid.origin = { row: range.rowIndex, col: range.columnIndex };
    const area: UsedArea = { sheet, grid, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
    const topRows = Math.min(range.rowCount, MERGE_ROWS - range.rowIndex);
    if (mergesSupported && topRows > 0) {
      // Queued now, read with the first chunk's sync: no extra round trip.
      area.merges = sheet.getRangeByIndexes(range.rowIndex, range.columnIndex, topRows, range.columnCount).getMergedAreasOrNullObject();
      area.merges.load('address');
    }
    return area;
  });

  const total = areas.reduce((n, a) => n + a.rowCount, 0);
  let done = 0;
  options.onProgress?.(0, total);
  const cellBudget = options.chunkCells ?? CHUNK_CELLS;
  for (const area of areas) {
    let step = rowsPerChunk(area.columnCount, cellBudget);
    for (let start = 0; start < area.rowCount; ) {
      const count = Math.min(step, area.rowCount - start);
      const chunk = area.sheet.getRangeByIndexes(area.rowIndex + start, area.columnIndex, count, area.columnCount);
      chunk.load('values,numberFormat');
      try {
        await context.sync();
      } catch (error) {
        // Rows of very long text can still overflow: halve and try the same rows again.
        if (isPayloadTooLarge(error) && count > 1) {
          step = Math.max(1, Math.floor(count / 2));
          for (const a of areas) a.merges?.load('address');
          continue;
        }
        throw error;
      }
      const values = chunk.values as CellValue[][];
      const formats = chunk.numberFormat as string[][];
      for (const row of values) area.grid.values.push(row);
      for (const row of formats) area.grid.numberFormats!.push(row);
      step = nextChunkRows(step, estimateJsonBytes(values) + estimateJsonBytes(formats));
      start += count;
      done += count;
      options.onProgress?.(done, total);
    }
    if (area.merges && !area.merges.isNullObject) area.grid.merges = areasOf(area.merges.address);
  }

  const grid: Grid = { sheets: areas.map((a) => a.grid), source: { kind: 'workbook', name: wb.name } };
  const identity = identityFromKeywords(wb.properties.keywords);
  if (identity) grid.identity = identity;
  return grid;
}
