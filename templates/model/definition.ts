import type { IssueCode, Severity } from './issue.ts';
import type { ParamSpec } from './params-schema.ts';
import type { LedgerSummary } from '../summary/spec.ts';

/**
 * A template definition is pure data plus pure functions. It is the single
 * source for the blank workbook, the reader's header matching, the validator
 * and the add-in's column map.
 */

export type ColumnType = 'text' | 'int' | 'number' | 'date' | 'enum' | 'percent';

export interface EnumOption {
  value: string;
  /** Small variants accepted and normalised to `value` (已完成。 → 已完成 is automatic; list real synonyms). */
  aliases?: string[];
}

export interface ColumnDef {
  /** Stable English key used in code, storage and the API. */
  key: string;
  /** Canonical Chinese header as printed in the blank template (without the *). */
  header: string;
  /** Other headers staff use for the same column (matched after normalisation). */
  aliases?: string[];
  type: ColumnType;
  required?: boolean;
  options?: EnumOption[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** Excel column width in characters. */
  width?: number;
  /** Number format for the generated template (dates, percent, integers). */
  numFmt?: string;
  /** One-line fill instruction in Chinese, shown in 填报说明 and as the header's input prompt. */
  hint?: string;
}

/** A normalised cell value: text and enum → string, int/number/percent → number, date → 'YYYY-MM-DD'. */
export type Value = string | number | null;
export type RowValues = Record<string, Value>;

export type Params = Record<string, number>;

export interface RosterEntry {
  name: string;
  branch: string;
}

export interface ValidationContext<P extends Params = Params> {
  /** The day the report is judged on ('YYYY-MM-DD'): 填报日期 if given, else today. */
  reportDate: string;
  /** The reporting period, when known; dates are 'YYYY-MM-DD'. */
  period?: { code: string; start: string; end: string };
  /** The unit's branches (党支部), when known; enables branch checks. */
  branches?: string[];
  /** The unit's member roster, when known; enables member coverage checks. */
  roster?: RosterEntry[];
  params: P;
}

export interface Finding {
  code: IssueCode;
  severity: Severity;
  /** Key of the column whose cell the finding points at. */
  column: string;
  params?: Record<string, string | number | boolean | null>;
  expected?: string | number | string[];
}

export interface RowRule<P extends Params = Params> {
  id: string;
  /** The rule in plain Chinese, for 填报说明. */
  describe: string;
  check(row: RowValues, ctx: ValidationContext<P>): Finding[];
}

export interface ValidRow {
  /** 1-based sheet row. */
  row: number;
  values: RowValues;
}

export interface SheetFinding extends Omit<Finding, 'column'> {
  /** Omitted for findings about the sheet as a whole (e.g. a member with no pledge). */
  row?: number;
  column?: string;
}

export interface SheetRule<P extends Params = Params> {
  id: string;
  describe: string;
  check(rows: ValidRow[], ctx: ValidationContext<P>): SheetFinding[];
}

export type Derived = Record<string, string | number | boolean | null>;

export interface DerivedField {
  key: string;
  /** Chinese label for the 明细 sheet. */
  label: string;
  type: 'boolean' | 'percent' | 'number' | 'text';
}

export interface TemplateDefinition<P extends Params = Params> {
  /** Stable kebab-case id, e.g. 'pledge-ledger'. */
  id: string;
  /** Full Chinese name, e.g. 承诺践诺台账. */
  name: string;
  /** Name of the data sheet in the generated workbook. */
  sheetName: string;
  version: number;
  /** Where the form comes from, e.g. 附件三. */
  source: string;
  frequency: 'semiannual' | 'monthly' | 'once';
  /** Paragraphs of the 填报说明 sheet, besides the generated per-column and per-rule lines. */
  instructions: string[];
  columns: ColumnDef[];
  rowRules: RowRule<P>[];
  sheetRules: SheetRule<P>[];
  derivedFields: DerivedField[];
  derive(row: RowValues, ctx: ValidationContext<P>): Derived;
  /** Thresholds and quotas with DOMAIN's defaults; callers may override. */
  defaults: P;
  /** The values each of `defaults` may be set to by the office (GET/PUT /api/admin/params); required when there are defaults. */
  paramSpec?: ParamSpec<keyof P & string>;
  /**
   * Set where a period may honestly have nothing to report (DOMAIN "Nil
   * returns"): the unit declares it in 基本信息 with this label and 是, and a
   * ledger without rows is then accepted. Without it, no rows is an error.
   */
  nilReturn?: NilReturn;
  /** Its part of the summary (汇总表, its sheet and lists); absent for a ledger that only feeds other checks. */
  summary?: LedgerSummary<string, any, P>;
  /** What its rows give other ledgers' checks, by column key: a roster (姓名, 所在党支部) is the denominator of every coverage check. */
  provides?: { roster?: { name: string; branch: string } };
  /**
   * A few rows as a unit would fill them, valid under the definition's own
   * rules: the catalog-wide tests generate, fill, validate, submit and
   * summarise every ledger with them.
   */
  example: readonly RowValues[];
}

export interface NilReturn {
  /** The 基本信息 label, e.g. 本期无整改事项. */
  label: string;
}

/** The machine-readable identity written into every generated data sheet. */
export const identityMarker = (def: Pick<TemplateDefinition, 'id' | 'version'>): string =>
  `TZT:${def.id}@${def.version}`;

export const IDENTITY_PATTERN = /^TZT:([a-z][a-z0-9-]*)@(\d+)$/;

/** `derive` of a ledger without derived fields (typed like any other, so callers pass a row and context). */
export const noDerived = (_row: RowValues, _ctx: ValidationContext): Derived => ({});
