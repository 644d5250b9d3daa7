import type { Derived, Params, RosterEntry, RowValues, TemplateDefinition, ValidationContext, ValidRow } from '../model/definition.ts';
import type { Grid } from '../model/grid.ts';
import type { InfoBlock } from '../model/info.ts';
import { DEFAULT_ISSUE_CAP, type Issue, type Report } from '../model/issue.ts';
import { chinaDate } from '../model/china-time.ts';
import { periodRange } from '../model/period.ts';
import { isBlank } from '../normalize/cell.ts';
import { monthDayYearOf } from '../normalize/date.ts';
import { toHalfWidth } from '../normalize/text.ts';
import { classifyRow } from './classify-row.ts';
import { detectTemplate } from './identify.ts';
import { readInfoBlock } from './info-block.ts';
import { IssueSink, refusalReport } from './issue-sink.ts';
import { RowValidator } from './validate-row.ts';
import { a1, SheetView } from './sheet-access.ts';
import { headerIssues } from './header-issues.ts';
import { gridOverLimits } from './grid-limits.ts';
import { nilReturnCheck } from './nil-return.ts';

export interface ValidateOptions {
  /** The template the caller expects (a submission slot, --template); another one is refused by name. */
  expectedTemplate?: string;
  /** Today ('YYYY-MM-DD'; default: the Beijing date now): a 填报日期 after it is suspect. */
  today?: string;
  /**
   * When the ledger was sent ('YYYY-MM-DD'; default today): what overdue items
   * are judged on when the file has no usable 填报日期 (DOMAIN §3.1). The
   * service sends on the day it checks; a folder of e-mailed files was sent on
   * each file's date, so consolidating them again later gives the same figures.
   */
  sentOn?: string;
  /** Overrides the file's 报送期次 (e.g. the period of the submission slot). */
  period?: string;
  branches?: string[];
  roster?: RosterEntry[];
  /** Thresholds per template id (the office's settings); applied to whichever template the grid turns out to be. */
  params?: Record<string, Params>;
  issueCap?: number;
  /** The unit the ledger is submitted for: a file naming another 单位编码 is refused (most likely the wrong file). */
  unit?: { code: string; name: string };
}

export interface NormalisedRow extends ValidRow {
  derived: Derived;
}

export interface GridValidation {
  report: Report;
  template: TemplateDefinition | null;
  info: InfoBlock;
  /** Rows without errors (warnings allowed), normalised: what summaries count. */
  rows: NormalisedRow[];
}


/** A grid or file refused before any row was read: its one issue, nothing else. */
export const refused = (issue: Issue): GridValidation => ({ report: refusalReport(issue), template: null, info: {}, rows: [] });

/** A file whose check threw: refused in Chinese as a fault of ours, never a crash or a 500. */
export function internalError(file: string | undefined, error: unknown): GridValidation {
  console.error(`validation failed: ${file ?? '(workbook)'}`, error);
  return refused({ severity: 'error', code: 'file/internal-error', ...(file ? { file } : {}) });
}

/** Grid → report: the one validation both the worker (from files) and the add-in (from Office.js) run. */
export function validateGrid(grid: Grid, catalog: readonly TemplateDefinition[], options: ValidateOptions = {}): GridValidation {
  try {
    return checkGrid(grid, catalog, options);
  } catch (error) {
    return internalError(grid.source.kind === 'file' ? grid.source.name : undefined, error);
  }
}

function checkGrid(grid: Grid, catalog: readonly TemplateDefinition[], options: ValidateOptions): GridValidation {
  const file = grid.source.kind === 'file' ? grid.source.name : undefined;
  const oversized = gridOverLimits(grid);
  if (oversized) return refused(oversized);
  const detected = detectTemplate(grid, catalog, options.expectedTemplate);
  if (!detected.ok) return refused(detected.issue);
  const { def, view, header, detectedBy, fileVersion } = detected.detection;
  const sink = new IssueSink(options.issueCap);
  const place = { ...(file ? { file } : {}), sheet: view.sheet.name };

  if (fileVersion !== undefined && fileVersion !== def.version)
    sink.add({ severity: 'warning', code: 'template/version', ...place, params: { fileVersion, version: def.version } });
  headerIssues(header, def, view, place).forEach((i) => sink.add(i));

  const infoSheet = grid.sheets.find((s) => s.name.trim() === '基本信息');
  const infoView = infoSheet && infoSheet !== view.sheet ? new SheetView(infoSheet) : undefined;
  const { info, issues: infoIssues, places } = readInfoBlock(
    [{ view, rowEnd: header.row }, ...(infoView ? [{ view: infoView, rowEnd: Math.min(infoView.rowEnd, 30) }] : [])],
    file,
    { ...(def.nilReturn ? { nilLabel: def.nilReturn.label } : {}), ...(options.period ? { period: options.period } : {}) },
  );
  infoIssues.forEach((i) => sink.add(i));
  if (options.unit && info.unitCode && toHalfWidth(info.unitCode).toUpperCase() !== options.unit.code.toUpperCase()) {
    sink.add({
      severity: 'error', code: 'info/unit-mismatch', ...place, ...(places.unitCode ?? {}),
      column: { key: 'unitCode', header: '单位编码' }, value: info.unitCode,
      params: { unitCode: options.unit.code, unitName: options.unit.name },
    });
  }

  if (options.period && info.period && info.period !== options.period) {
    sink.add({
      severity: 'error', code: 'info/period-mismatch', ...place, ...(places.period ?? {}),
      column: { key: 'period', header: '报送期次' }, value: info.period,
      params: { period: options.period, label: periodRange(options.period)?.label ?? options.period, fileLabel: periodRange(info.period)?.label ?? info.period },
    });
  }
  const today = options.today ?? chinaDate(new Date());
  // 填报日期 is typed by the user: a date after today would make future completions pass and hide overdue items.
  if (info.fillDate && info.fillDate > today) {
    sink.add({
      severity: 'warning', code: 'info/future-date', ...place, ...(places.fillDate ?? {}),
      column: { key: 'fillDate', header: '填报日期' }, value: info.fillDate, params: { today },
    });
  }
  const periodCode = options.period ?? info.period;
  const period = periodCode ? periodRange(periodCode) : null;
  const ctx: ValidationContext = {
    reportDate: info.fillDate && info.fillDate <= today ? info.fillDate : (options.sentOn ?? today),
    ...(period ? { period: { code: period.code, start: period.start, end: period.end } } : {}),
    ...(options.branches ? { branches: options.branches } : {}),
    ...(options.roster ? { roster: options.roster } : {}),
    params: { ...def.defaults, ...options.params?.[def.id] },
  };
  const monthDayYear = (period && monthDayYearOf(period.code)) ?? Number(ctx.reportDate.slice(0, 4));
  const missingKeys = new Set(header.missing.map((c) => c.key));

  let last = view.rowEnd - 1;
  while (last > header.row && rowIsBlank(view, last)) last--;

  const validator = new RowValidator(view, header.columns, def, ctx, monthDayYear, missingKeys, place);
  const rows: NormalisedRow[] = [];
  const skipped: Report['skipped'] = [];
  let withErrors = 0;
  let skippedCount = 0;
  for (let row = header.row + 1; row <= last; row++) {
    const reason = classifyRow(view, row, header.columns);
    if (reason) {
      // Listed up to the issue cap (a drag-filled 序号 can make 100,000 blank rows); stats.rowsSkipped counts them all.
      if (skipped.length < (options.issueCap ?? DEFAULT_ISSUE_CAP)) skipped.push({ row: row + 1, reason });
      skippedCount++;
      continue;
    }
    const result = validator.validate(row, sink);
    if (result.hasError) withErrors++;
    else rows.push({ row: row + 1, values: result.values, derived: def.derive(result.values, ctx) });
  }

  const colOf = new Map([...header.columns].map(([col, c]) => [c.key, col]));
  for (const rule of def.sheetRules)
    for (const f of rule.check(rows, ctx)) {
      if (sink.full) {
        sink.count(f.severity);
        continue;
      }
      const col = f.column !== undefined ? colOf.get(f.column) : undefined;
      const colDef = f.column !== undefined ? def.columns.find((c) => c.key === f.column) : undefined;
      const issue: Issue = {
        severity: f.severity, code: f.code, ...place,
        ...(f.row !== undefined ? { row: f.row, ...(col !== undefined ? { cell: a1(f.row - 1, col) } : {}) } : {}),
        ...(colDef ? { column: { key: colDef.key, header: colDef.header } } : {}),
        ...(f.params ? { params: f.params } : {}),
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
      };
      if (f.row !== undefined && col !== undefined) issue.value = view.value(f.row - 1, col);
      sink.add(issue);
    }
  const nilReturn = nilReturnCheck(def, info, rows.length + withErrors, {
    ...place, headerRow: header.row + 1, ...(places.nilReturn ? { declaredAt: places.nilReturn } : {}),
  });
  if (nilReturn.issue) sink.add(nilReturn.issue);

  const report: Report = {
    valid: sink.errors === 0,
    template: { id: def.id, name: def.name, version: def.version, detectedBy },
    ...(file ? { file } : {}),
    sheet: view.sheet.name,
    headerRow: header.row + 1,
    stats: {
      rowsRead: Math.max(0, last - header.row),
      rowsValid: rows.length,
      rowsWithErrors: withErrors,
      rowsSkipped: skippedCount,
      errors: sink.errors,
      warnings: sink.warnings,
    },
    skipped,
    issues: sink.issues,
    truncated: sink.truncated,
    ...(nilReturn.accepted ? { nilReturn: true as const } : {}),
  };
  return { report, template: def, info, rows };
}

function rowIsBlank(view: SheetView, row: number): boolean {
  const width = view.width(row);
  for (let col = view.originCol; col < width; col++) if (!isBlank(view.value(row, col))) return false;
  return true;
}

export type { RowValues };
