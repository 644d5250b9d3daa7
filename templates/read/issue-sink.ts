import { DEFAULT_ISSUE_CAP, type Issue, type Report } from '../model/issue.ts';

const MAX_VALUE_CHARS = 200;

/**
 * Collects issues up to a cap while counting all of them, so a report stays
 * small but honest. Once full, callers count instead of building issues: a
 * sheet of millions of failing cells must not allocate an object per cell.
 */
export class IssueSink {
  readonly issues: Issue[] = [];
  errors = 0;
  warnings = 0;
  truncated = 0;

  constructor(private readonly cap = DEFAULT_ISSUE_CAP) {}

  add(issue: Issue): void {
    if (this.full) return this.count(issue.severity);
    // A pasted essay in an enum cell must not make the report (stored and sent back) megabytes long.
    if (typeof issue.value === 'string' && issue.value.length > MAX_VALUE_CHARS) issue.value = `${issue.value.slice(0, MAX_VALUE_CHARS)}…`;
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    this.issues.push(issue);
  }

  /** True once the cap is reached: further issues are only counted. */
  get full(): boolean {
    return this.issues.length >= this.cap;
  }

  /** An issue past the cap, counted without being built. */
  count(severity: Issue['severity']): void {
    if (severity === 'error') this.errors++;
    else this.warnings++;
    this.truncated++;
  }
}

/** The report of a file refused before any row was read. */
export function refusalReport(issue: Issue): Report {
  return {
    valid: false,
    template: null,
    ...(issue.file ? { file: issue.file } : {}),
    stats: { rowsRead: 0, rowsValid: 0, rowsWithErrors: 0, rowsSkipped: 0, errors: 1, warnings: 0 },
    skipped: [],
    issues: [issue],
    truncated: 0,
  };
}
