import { chartRows, type SummarySheet } from '../summary/sheets/index.ts';
import type { ColumnKind, SummaryCell } from '../summary/spec.ts';
import { absolute, type PlacedChart } from './writer/package.ts';
import { colName, sheetRef } from './writer/xml.ts';

/**
 * The summary sheets' charts (各单位承诺完成率, 各单位群众满意率, 报送进度 …, as
 * the sheets list them), placed under the table and its notes, one below the
 * other: printed, the table keeps its own page width (a chart beside it would
 * widen every page) and nothing covers it. A bar chart plots every row of the
 * table in its order — units, （小计）, 合计; rates all, so none dwarfs the
 * others — one sheet row per bar, so at 300 units it grows with the table
 * instead of squeezing 300 bars into a fixed frame.
 */

/** About as wide as a unit name (9 pt) plus bars and their value labels need, in characters. */
const CHART_CHARS = 100;
/** A column character and a default row (the writer's defaultRowHeight), in points. */
const CHAR_POINTS = 5.6;
const ROW_POINTS = 15;

const number = (v: SummaryCell | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The first columns whose widths reach `chars`: a chart spans these. Short of
 * the table's right edge, where the printed page ends and would clip its frame.
 */
function columnsFor(widths: readonly number[], chars: number): number {
  let sum = 0;
  for (let i = 0; i < widths.length; i++) if ((sum += widths[i]!) >= chars) return Math.max(1, Math.min(i + 1, widths.length - 1));
  return Math.max(1, widths.length - 1);
}

/**
 * Each chart of `table`, whose header is in `headerRow` (1-based) with its
 * rows right under it, stacked from `top` (the first free row, 1-based) down;
 * `numFmtOf` gives the plotted cells' format. None for a table without rows.
 */
export function placeCharts(table: SummarySheet, headerRow: number, top: number, numFmtOf: (kind: ColumnKind) => string | undefined): PlacedChart[] {
  if (table.rows.length === 0) return [];
  const first = headerRow + 1;
  const last = headerRow + table.rows.length;
  const at = (col: number, r1: number, r2: number = r1) => `${sheetRef(table.name)}!${absolute(`${colName(col + 1)}${r1}:${colName(col + 1)}${r2}`)}`;
  const widths = table.columns.map((c) => c.width ?? 10);
  const width = columnsFor(widths, CHART_CHARS);
  const widthPoints = widths.slice(0, width).reduce((a, w) => a + w, 0) * CHAR_POINTS;
  let row = top - 1;
  return table.charts.map((chart) => {
    const from = { col: 0, row };
    const rows = chartRows(chart.type, table.rows.length);
    row += rows;
    const placed: PlacedChart = {
      from,
      to: { col: width, row },
      chart: {
        type: chart.type,
        ...(chart.stacked ? { stacked: true } : {}),
        title: chart.title,
        categories: { ref: at(chart.category, first, last), labels: table.rows.map((r) => String(r.values[chart.category] ?? '')) },
        series: chart.values.map((c) => ({
          name: table.columns[c]!.header,
          nameRef: at(c, headerRow).replace(/:.*$/, ''),
          ref: at(c, first, last),
          values: table.rows.map((r) => number(r.values[c])),
        })),
        format: numFmtOf(table.columns[chart.values[0]!]!.kind) ?? 'General',
        topDown: chart.type === 'bar',
        labels: chart.values.length === 1,
        size: { width: widthPoints, height: rows * ROW_POINTS },
      },
    };
    row += 1;
    return placed;
  });
}
