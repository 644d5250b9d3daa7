import type { SheetColumn, SummaryCell } from '../spec.ts';

/**
 * The summary as sheets, before any file format: what the workbook writer
 * (templates/xlsx) and the add-in (addin/src/report) both draw. Two renderers
 * of one list, so the downloaded workbook and the sheets written into Excel
 * have the same sheets and columns.
 */

export type SheetColumnSpec = Omit<SheetColumn<never>, 'value'>;

export interface SheetRow {
  values: SummaryCell[];
  /** Subtotal rows are bold; the total row is bold and shaded. Unit rows have none (charts plot those). */
  level?: 'subtotal' | 'total';
  /** Indent of the first column, for the unit tree. */
  depth?: number;
}

export interface SheetChart {
  /** bar: horizontal bars, the first row on top; column: vertical columns. */
  type: 'bar' | 'column';
  /** The series stacked into one bar per category: parts of a whole (报送进度's states add up to 应报). */
  stacked?: boolean;
  title: string;
  /** Column index of the category labels. */
  category: number;
  /** Column indexes of the plotted series. */
  values: number[];
}

/** The least height of a chart, in sheet rows: a column chart, and a bar chart of a few units. */
const MIN_CHART_ROWS = 16;
const MIN_BAR_ROWS = 12;

/**
 * The most rows a bar chart plots, one row (15 pt) per bar: LibreOffice
 * draws a chart at most ~200 cm tall and squeezes a longer one (labels then
 * skipped). 300 units under 30 departments take 332 rows; past this the
 * table's data bars stand in for the chart.
 */
export const MAX_BAR_ROWS = 360;

/**
 * How many sheet rows a chart spans. A bar chart gets one row (15 pt) per
 * plotted row plus three for its title and axis, so it stays readable at 300
 * units (it grows with the table instead of squeezing 300 bars into a fixed
 * frame); a column chart keeps the least height. Both renderers size their
 * charts with this.
 */
export const chartRows = (type: string, plotted: number): number => (type === 'bar' ? Math.max(MIN_BAR_ROWS, plotted + 3) : MIN_CHART_ROWS);

export interface SummarySheet {
  name: string;
  /** With the period in front (2026年上半年承诺践诺汇总). */
  title: string;
  columns: SheetColumnSpec[];
  rows: SheetRow[];
  /** Lines written under the table. */
  notes: string[];
  /** Columns kept in view when scrolling right. */
  frozenColumns: number;
  charts: SheetChart[];
}

/** The columns without their value functions, as the renderers see them. */
export const specOf = <R>({ value: _value, ...spec }: SheetColumn<R>): SheetColumnSpec => spec;
