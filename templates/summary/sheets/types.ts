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
  type: 'bar' | 'column';
  title: string;
  /** Column index of the category labels. */
  category: number;
  /** Column indexes of the plotted series. */
  values: number[];
}

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
