import { chartRows } from '../../../templates/summary/sheets/index.ts';
import { rangeAddress } from './a1.ts';
import type { ReportChart, ReportColumnKind, ReportSheet } from './adapter.ts';

/** Title in row 1, subtitle in row 2, column groups in row 3, header in row 4: every report sheet looks the same. */
export const TITLE_ROW = 0;
export const SUBTITLE_ROW = 1;
export const GROUP_ROW = 2;
export const HEADER_ROW = 3;

export const TEXT_FORMAT = '@';
const FORMAT: Record<ReportColumnKind, string> = { text: TEXT_FORMAT, int: '0', number: '0.00', percent: '0.0%', date: 'yyyy-mm-dd' };
export const formatOf = (kind: ReportColumnKind): string => FORMAT[kind];

/** Excel's cell text limit. */
const MAX_CELL_TEXT = 32_767;

/** Excel (and WPS) start a formula with these, half- or full-width. */
export const isFormulaLike = (s: string): boolean => /^[=+\-@＝＋－＠]/.test(s);

export type CellOut = string | number;

/** Between a column's group and its header in the table header (群众评议情况统计表·状态). */
export const GROUP_SEPARATOR = '·';

/**
 * One report value as written: text stays text (its cell gets the "@" format
 * before the value is set, so "=1+1" or "－5" is shown verbatim), numbers stay
 * numbers, ISO dates become serials.
 */
export function reportCell(value: string | number | null | undefined, kind: ReportColumnKind): { value: CellOut; format: string } {
  if (value === null || value === undefined) return { value: '', format: formatOf(kind) };
  if (kind === 'text') return { value: String(value).slice(0, MAX_CELL_TEXT), format: TEXT_FORMAT };
  if (typeof value === 'number') return Number.isFinite(value) ? { value, format: formatOf(kind) } : { value: '', format: formatOf(kind) };
  if (kind === 'date') {
    const serial = isoDateSerial(value);
    if (serial !== null) return { value: serial, format: formatOf(kind) };
  }
  // A word such as "—" or "不适用" in a figures column: text, never a formula.
  return { value: value.slice(0, MAX_CELL_TEXT), format: TEXT_FORMAT };
}

/** "2026-07-15" → 46218 (1900 date system, as Excel). */
export function isoDateSerial(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(s.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCMonth() !== Number(m[2]) - 1) return null;
  return ms / 86_400_000 + 25_569;
}

export interface ChartPlan {
  type: 'BarClustered' | 'BarStacked' | 'ColumnClustered' | 'ColumnStacked' | 'Pie';
  title: string;
  /** Sheet rows the chart spans from the header row down (a bar per plotted row; templates/summary/sheets chartRows). */
  rows: number;
  /** Categories top down, as the table's rows read (bar charts). */
  topDown: boolean;
  /** Data cells of the category column (no header). */
  categories: string;
  series: { name: string; values: string }[];
}

export interface ReportLayout {
  columnCount: number;
  /** Header row through the last data row (at least one data row, so the table exists). */
  tableAddress: string;
  headerAddress: string;
  headerValues: string[][];
  /** The group line above the header (each group named over its first column), or null when no column has one. */
  group: { address: string; values: string[][] } | null;
  /** Note lines under the table, one blank row below it. */
  notes: { address: string; text: string }[];
  /** 0-based sheet row of each data row. */
  firstDataRow: number;
  values: CellOut[][];
  formats: string[][];
  /** Absolute rows (A1 row ranges) of total rows, to bold. */
  totalRows: string[];
  widths: (number | undefined)[];
  charts: ChartPlan[];
  dataBars: string[];
}

const CHART_TYPE = { bar: 'BarClustered', column: 'ColumnClustered', pie: 'Pie' } as const;
const STACKED_TYPE = { bar: 'BarStacked', column: 'ColumnStacked', pie: 'Pie' } as const;

export function layoutReportSheet(sheet: ReportSheet): ReportLayout {
  const cols = sheet.columns;
  const n = cols.length;
  if (n === 0) throw new RangeError(`report sheet ${sheet.name} has no columns`);
  const firstDataRow = HEADER_ROW + 1;
  const values: CellOut[][] = [];
  const formats: string[][] = [];
  for (const row of sheet.rows) {
    const vs: CellOut[] = [];
    const fs: string[] = [];
    cols.forEach((col, c) => {
      const out = reportCell(row[c], col.kind);
      vs.push(out.value);
      fs.push(out.format);
    });
    values.push(vs);
    formats.push(fs);
  }
  const dataRows = Math.max(1, values.length);
  const totals = new Set((sheet.totalRowIndex ?? []).filter((i) => i >= 0 && i < values.length));
  // Charts and data bars cover the leading block of unit rows: a total row would dwarf them.
  const firstTotal = Math.min(values.length, ...totals);
  const plotted = firstTotal;
  const columnData = (c: number): string => rangeAddress(firstDataRow, c, plotted, 1);
  const charts: ChartPlan[] =
    plotted === 0
      ? []
      : (sheet.charts ?? [])
          .filter((ch) => validColumn(ch.category, n) && ch.values.length > 0 && ch.values.every((v) => validColumn(v, n)))
          .map((ch: ReportChart) => ({
            type: (ch.stacked ? STACKED_TYPE : CHART_TYPE)[ch.type],
            title: ch.title,
            rows: chartRows(ch.type, plotted),
            topDown: ch.type === 'bar',
            categories: columnData(ch.category),
            series: ch.values.map((v) => ({ name: cols[v]!.header, values: columnData(v) })),
          }));
  const grouped = cols.some((c) => c.group);
  // Notes run right across empty cells: below the charts beside the table, never under them.
  const notesFrom = Math.max(firstDataRow + dataRows + 1, HEADER_ROW + Math.max(0, ...charts.map((c) => c.rows)) + 1);
  return {
    columnCount: n,
    tableAddress: rangeAddress(HEADER_ROW, 0, dataRows + 1, n),
    headerAddress: rangeAddress(HEADER_ROW, 0, 1, n),
    // A table's headers must differ (Excel renames repeats to 状态2): the group goes in front.
    headerValues: [cols.map((c) => (c.group ? `${c.group}${GROUP_SEPARATOR}${c.header}` : c.header))],
    group: grouped ? { address: rangeAddress(GROUP_ROW, 0, 1, n), values: [cols.map((c, i) => (c.group && c.group !== cols[i - 1]?.group ? c.group : ''))] } : null,
    notes: (sheet.notes ?? []).map((text, i) => ({ address: rangeAddress(notesFrom + i, 0, 1, 1), text })),
    firstDataRow,
    values,
    formats,
    totalRows: [...totals].sort((a, b) => a - b).map((i) => rangeAddress(firstDataRow + i, 0, 1, n)),
    widths: cols.map((c) => c.width),
    charts,
    dataBars: plotted === 0 ? [] : (sheet.dataBars ?? []).filter((c) => validColumn(c, n)).map(columnData),
  };
}

const validColumn = (c: number, n: number): boolean => Number.isInteger(c) && c >= 0 && c < n;

/** Column width in points from a width in characters (Excel's default font: ~6 pt per narrow character). */
export const widthPoints = (chars: number): number => Math.round(Math.max(2, chars) * 6 + 6);
