import type { ColumnDef, Finding, Params, RowRule, RowValues, Value } from '../model/definition.ts';

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
  const filled = (v: Value): boolean => v !== null && v !== '';
  const num = (v: Value): number | null => (typeof v === 'number' ? v : null);

  return {
    /** `column` must be filled when `when` holds one of `values`. */
    requiredWhen(column: string, when: string, values: readonly string[]): RowRule<P> {
      return {
        id: `required-when:${column}`,
        describe: `“${header(when)}”为“${values.join('/')}”时，“${header(column)}”必须填写。`,
        check: (row) =>
          values.includes(String(row[when])) && !filled(row[column])
            ? [find('row/required-when', 'error', column, { other: header(when), otherValue: String(row[when]) })]
            : [],
      };
    },

    /** `column` may be filled only when `when` holds one of `values`. */
    onlyWhen(column: string, when: string, values: readonly string[]): RowRule<P> {
      return {
        id: `only-when:${column}`,
        describe: `只有“${header(when)}”为“${values.join('/')}”时，才能填写“${header(column)}”。`,
        check: (row) =>
          filled(row[column]) && !values.includes(String(row[when]))
            ? [find('row/forbidden-when', 'error', column, { other: header(when), otherValue: row[when] ?? '', allowed: values.join('/') })]
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
  };
}

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
