import type { z } from 'zod';
import type { Params } from '../model/definition.ts';
import type { NormalisedRow } from '../read/validate-grid.ts';
import type { RowHead, SummaryCore } from './schema-core.ts';

type SummaryTotals = SummaryCore['totals'];

/**
 * What a ledger definition says about its part of the summary (汇总表, DOMAIN
 * §4): how one submission's rows are tallied, how tallies become figures, the
 * figures' schema, and its sheet as one neutral column list. The builder, the
 * summary schema, the workbook writer and the add-in's sheets are all derived
 * from these, so a new ledger brings its summary with it and nothing else
 * names it.
 */

/** Flat named counters: a parent's tally is the plain sum of its units', and rates are taken at the end. */
export type Tally = Record<string, number>;

/** One entry of a capped list (逾期承诺清单 …): its source row and the ledger's own fields. */
export type ListItem = { row: number } & Record<string, string | number | null>;

/** Where `count` writes one submission's tally. */
export interface Counting {
  readonly t: Tally;
  /** Adds an item to one of the definition's `lists`. */
  list(key: string, item: ListItem): void;
}

/** A summary line as `figures` sees it: whose line it is (synthetic 合计 head for the total) and the office's params. */
export interface LineContext<P> {
  head: RowHead;
  params: P;
  /** How many counted submissions of this ledger the line sums: at 0 nothing was reported, so judge nothing (null). */
  counted: number;
}

export interface OverallContext<P> {
  params: P;
  /** Units expected to report (those without sub-units). */
  reportingUnits: number;
  /** Counted submissions of this ledger in the whole organisation. */
  counted: number;
}

export type SummaryCell = string | number | null;
/** count: integer; rate: fraction shown as %; number: two decimals; text: as is; state: a word the reader scans for (达标, 未报送). */
export type ColumnKind = 'count' | 'rate' | 'number' | 'text' | 'state';
export type AlertLevel = 'red' | 'orange' | 'yellow';
/** 'positive' fills numbers above 0 (逾期, 重点关注); a list fills cells containing one of the words. */
export type AlertRule = 'positive' | readonly { text: string; level: AlertLevel }[];

/** One column of a summary sheet, as both renderers (workbook and add-in) draw it. */
export interface SheetColumn<R> {
  header: string;
  /** A second header line above, shared by neighbouring columns with the same group. */
  group?: string;
  kind: ColumnKind;
  /** In characters (a CJK character counts two). */
  width?: number;
  /** A data bar from 0 to 100% (rates). */
  bar?: boolean;
  alert?: AlertRule;
  /**
   * Plot this column by unit in a bar chart with this title: the add-in draws
   * it with Office.js and the downloaded workbook carries it as a native chart,
   * both only while the ledger has counted data.
   */
  chart?: string;
  value(row: R): SummaryCell;
}

/** The denominators of a line: the unit's own, a subtree's sums, or the organisation's on the total line. */
export interface Denominators {
  members: number;
  teams: number;
  branches: number;
}

/** One line of a ledger's summary sheet; `head` is null on the total line. */
export interface TreeLine<F> {
  head: RowHead | null;
  size: Denominators;
  f: F;
}

/** The fields every list item carries besides the ledger's own. */
export interface ListedUnit {
  unitCode: string;
  unitName: string;
  row: number;
}

export interface ListSpec<I> {
  /** Sheet name (≤ 31 characters) and title (the period label goes in front). */
  sheet: string;
  title: string;
  /** The item's own fields (unit and row are added). */
  item: z.ZodRawShape;
  /** Between 单位, 单位编码 (first) and 原表行号 (last). */
  columns: readonly SheetColumn<I & ListedUnit>[];
}

/** A list as the summary holds it: the first `cap` items, how many there were, how many were cut. */
export interface CappedItems<I> {
  items: (I & ListedUnit)[];
  total: number;
  cut: number;
}

/** How many counted submissions each line sums (`rows[i]` for the summary's `rows[i]`); 0: nothing reported there. */
export type Counted = { rows: number[]; total: number };

export type Section<F> = { rows: F[]; total: F; counted: Counted };

export interface SectionSheet<F, X> {
  /** Sheet name; definitions naming the same sheet share it, their columns side by side in catalog order. */
  name: string;
  title: string;
  /** After 单位 and 单位编码. */
  columns: readonly SheetColumn<TreeLine<F>>[];
  /** Lines under the table: how rates are taken, quota checks. */
  notes?(section: Section<F> & X, totals: SummaryTotals): string[];
}

export interface LedgerSummary<K extends string = string, F = any, P extends Params = any, X extends object = any, L extends Record<string, ListSpec<any>> = any> {
  /** Key of the ledger's figures in the summary (`summary.pledges`). */
  key: K;
  /**
   * Bump whenever `count` changes: tallies stored with older submissions are
   * then counted again from their stored rows on the next read.
   */
  version: number;
  /** One line's figures, as the JSON summary carries them. */
  schema: z.ZodType<F>;
  /** One submission's rows into its tally; distinct counts are distinct within the submission (one unit). */
  count(rows: Iterable<NormalisedRow>, out: Counting): void;
  /**
   * Counters judged on one unit's own tally against the office's params,
   * before the tree sums them (e.g. 1 when a unit held too few meetings, so a
   * subtotal counts such units). Applied when the summary is built, so a
   * change of params shows at once.
   */
  judgeUnit?(t: Tally, params: P): void;
  figures(t: Tally, line: LineContext<P>): F;
  /** Fills in what needs every line at once (a rank); `heads[i]` belongs to `rows[i]`. */
  rank?(rows: F[], heads: readonly RowHead[]): void;
  /** Organisation-wide figures added to the section (quotas across units). */
  overall?: { schema: z.ZodRawShape; of(total: Tally, ctx: OverallContext<P>): X };
  lists?: L;
  sheet: SectionSheet<F, X>;
}

/** Types a definition's summary so the summary's own type can name its figures (see schema.ts). */
export const defineSummary = <const K extends string, F, P extends Params, X extends object = {}, const L extends Record<string, ListSpec<any>> = {}>(
  s: LedgerSummary<K, F, P, X, L>,
): LedgerSummary<K, F, P, X, L> => s;

/** Types a list's columns by its item. */
export const defineList = <I>(l: ListSpec<I>): ListSpec<I> => l;
