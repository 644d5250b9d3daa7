import type { ColumnDef, Finding, Params, RowRule, RowValues, Value } from '../model/definition.ts';
import type { Severity } from '../model/issue.ts';

/**
 * Builders for the cross-field rules the ledgers share. They are bound to a
 * template's columns so a rule names its columns by key and its findings carry
 * the Chinese headers the messages need.
 */
export function rowRulesFor<P extends Params = Params>(columns: readonly ColumnDef[]) {
  const header = (key: string): string => {
    const col = columns.find((c) => c.key === key);
    if (!col) throw new Error(`unknown column key: ${key}`);
    return col.header;
  };
  // A key missing from the row (undefined) is a blank, like null.
  const filled = (v: Value | undefined): boolean => v !== null && v !== undefined && v !== '';
  const num = (v: Value | undefined): number | null => (typeof v === 'number' ? v : null);

  return {
    /** `column` must be filled when `when` holds one of `values`. */
    requiredWhen(column: string, when: string, values: readonly string[], severity: Severity = 'error'): RowRule<P> {
      return {
        id: `required-when:${column}`,
        describe: `“${header(when)}”为“${values.join('/')}”时，“${header(column)}”${severity === 'error' ? '必须' : '应当'}填写。`,
        check: (row) =>
          values.includes(String(row[when])) && !filled(row[column])
            ? [find('row/required-when', severity, column, { other: header(when), otherValue: String(row[when]) })]
            : [],
      };
    },

    /** `column` must be filled when the number in `when` is above zero (e.g. 整改措施 once anyone is 不满意). */
    requiredWhenPositive(column: string, when: string, severity: Severity = 'error'): RowRule<P> {
      return {
        id: `required-when-positive:${column}`,
        describe: `“${header(when)}”大于0时，“${header(column)}”${severity === 'error' ? '必须' : '应当'}填写。`,
        check: (row) => {
          const n = num(row[when]);
          return n !== null && n > 0 && !filled(row[column])
            ? [find('row/required-when', severity, column, { other: header(when), otherValue: String(n) })]
            : [];
        },
      };
    },

    /** `column` must be filled when the number in `lesser` is below the one in `greater` (缺席人员及原因 once 实到 < 应到). */
    requiredWhenLess(column: string, lesser: string, greater: string, severity: Severity = 'error'): RowRule<P> {
      return {
        id: `required-when-less:${column}`,
        describe: `“${header(lesser)}”少于“${header(greater)}”时，“${header(column)}”${severity === 'error' ? '必须' : '应当'}填写。`,
        check: (row) => {
          const a = num(row[lesser]);
          const b = num(row[greater]);
          return a !== null && b !== null && a < b && !filled(row[column])
            ? [find('row/required-when', severity, column, { other: header(lesser), otherValue: String(a), condition: `${header(lesser)}（${a}）少于${header(greater)}（${b}）` })]
            : [];
        },
      };
    },

    /** `column` may be filled only when `when` holds one of `values`. */
    onlyWhen(column: string, when: string, values: readonly string[], severity: Severity = 'error'): RowRule<P> {
      return {
        id: `only-when:${column}`,
        describe: `只有“${header(when)}”为“${values.join('/')}”时，才${severity === 'error' ? '能' : '需要'}填写“${header(column)}”。`,
        check: (row) =>
          filled(row[column]) && !values.includes(String(row[when]))
            ? [find('row/forbidden-when', severity, column, { other: header(when), otherValue: row[when] ?? '', allowed: values.join('/') })]
            : [],
      };
    },

    /** Dates must not go backwards along `order`; blanks are skipped. */
    dateOrder(order: readonly string[]): RowRule<P> {
      return {
        id: `date-order:${order.join('>')}`,
        describe: `日期先后顺序应为：${order.map(header).join(' ≤ ')}。`,
        check: (row) => {
          const out: Finding[] = [];
          let prev: string | null = null;
          for (const key of order) {
            const v = row[key];
            if (typeof v !== 'string' || !v) continue;
            if (prev !== null && v < String(row[prev])) {
              out.push(find('row/date-order', 'error', key, { other: header(prev), otherValue: row[prev] ?? '' }));
            }
            prev = key;
          }
          return out;
        },
      };
    },

    /** A date column must not lie after the report date (填报日期). */
    notAfterReportDate(column: string): RowRule<P> {
      return {
        id: `not-after-report:${column}`,
        describe: `“${header(column)}”不能晚于填报日期。`,
        check: (row, ctx) => {
          const v = row[column];
          return typeof v === 'string' && v > ctx.reportDate
            ? [find('row/date-after-report', 'error', column, { reportDate: ctx.reportDate })]
            : [];
        },
      };
    },

    /** A date column must fall within the reporting period, when the period is known. */
    withinPeriod(column: string, severity: 'error' | 'warning' = 'warning'): RowRule<P> {
      return {
        id: `within-period:${column}`,
        describe: `“${header(column)}”应在本报送期次之内。`,
        check: (row, ctx) => {
          const v = row[column];
          const p = ctx.period;
          return p && typeof v === 'string' && (v < p.start || v > p.end)
            ? [find('row/date-outside-period', severity, column, { period: p.code, start: p.start, end: p.end })]
            : [];
        },
      };
    },

    /** `column` must not exceed `limit` (e.g. 实参评人数 ≤ 应参评人数). */
    notGreater(column: string, limit: string): RowRule<P> {
      return {
        id: `not-greater:${column}`,
        describe: `“${header(column)}”不能大于“${header(limit)}”。`,
        check: (row) => {
          const a = num(row[column]);
          const b = num(row[limit]);
          return a !== null && b !== null && a > b
            ? [find('row/not-greater', 'error', column, { other: header(limit), otherValue: b })]
            : [];
        },
      };
    },

    /** Parts must add up to `total` (blank parts count as 0, but only once any part is filled). */
    sumEquals(parts: readonly string[], total: string, point: string = total): RowRule<P> {
      return {
        id: `sum-equals:${total}`,
        describe: `${parts.map(header).join(' + ')} 应等于“${header(total)}”。`,
        check: (row) => {
          const t = num(row[total]);
          if (t === null || parts.every((k) => num(row[k]) === null)) return [];
          const sum = parts.reduce((s, k) => s + (num(row[k]) ?? 0), 0);
          return Math.abs(sum - t) > 1e-9
            ? [find('row/sum-mismatch', 'error', point, { parts: parts.map(header).join('+'), sum, total: t, totalHeader: header(total) }, t)]
            : [];
        },
      };
    },

    /**
     * `total` must equal the sum of `parts` (总分 = 五项得分之和). Unlike sumEquals it waits
     * until every part is filled: a blank part is already a cell/required error.
     */
    totalEquals(parts: readonly string[], total: string): RowRule<P> {
      return {
        id: `total-equals:${total}`,
        describe: `“${header(total)}”应等于 ${parts.map(header).join(' + ')}。`,
        check: (row) => {
          const t = num(row[total]);
          const sum = sumOf(parts.map((k) => num(row[k])));
          return t !== null && sum !== null && Math.abs(sum - t) > 1e-9
            ? [find('row/total-mismatch', 'error', total, { parts: parts.map(header).join('+'), sum }, sum)]
            : [];
        },
      };
    },

    /**
     * A rate column, when filled, must equal sum(`numerators`) ÷ `denominator` within
     * `ctx.params[toleranceParam]` (a fraction: 0.005 = 0.5 个百分点). Staff round 满意率
     * by hand, so an exact comparison would flag every 93.3% typed for 14/15.
     */
    rateMatches(rate: string, numerators: readonly string[], denominator: string, toleranceParam: keyof P & string): RowRule<P> {
      const parts = numerators.map(header).join('+');
      return {
        id: `rate:${rate}`,
        describe: `“${header(rate)}”如填写，应等于（${numerators.map(header).join('＋')}）÷“${header(denominator)}”。`,
        check: (row, ctx) => {
          const r = num(row[rate]);
          const d = num(row[denominator]);
          const n = sumOf(numerators.map((k) => num(row[k])));
          if (r === null || d === null || d <= 0 || n === null) return [];
          const computed = n / d;
          const tolerance = ctx.params[toleranceParam] ?? 0;
          // The finding states the tolerance in percentage points, as the message reads it (±0.5 个百分点).
          const points = Math.round(tolerance * 1e6) / 1e4;
          return Math.abs(r - computed) > tolerance + 1e-9
            ? [find('row/rate-mismatch', 'error', rate, { parts, denominator: header(denominator), tolerance: points }, round4(computed))]
            : [];
        },
      };
    },

    /** Each of `cols` must not exceed `ctx.params[limitParam]` (a limit the admin may change, so not a static column max). */
    atMostParam(cols: readonly string[], limitParam: keyof P & string): RowRule<P> {
      return {
        id: `at-most:${limitParam}`,
        describe: `${cols.map((k) => `“${header(k)}”`).join('、')}不能超过规定的满分。`,
        check: (row, ctx) => {
          const max = ctx.params[limitParam];
          if (max === undefined) return [];
          return cols.flatMap((k) => {
            const v = num(row[k]);
            return v !== null && v > max + 1e-9 ? [find('cell/max', 'error', k, { max }, max)] : [];
          });
        },
      };
    },
  };
}

/** Sum of numbers, or null when any is missing; rounded so 18.5 + 19.3 compares as typed. */
function sumOf(values: readonly (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  return Math.round((values as number[]).reduce((s, v) => s + v, 0) * 1e6) / 1e6;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function find(
  code: Finding['code'],
  severity: Finding['severity'],
  column: string,
  params?: Finding['params'],
  expected?: Finding['expected'],
): Finding {
  return { code, severity, column, ...(params ? { params } : {}), ...(expected !== undefined ? { expected } : {}) };
}

export type RowRuleBuilders = ReturnType<typeof rowRulesFor>;
export type { RowValues };
