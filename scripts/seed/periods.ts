import { defaultPeriodWindow, type PeriodWindow } from '../../templates/model/period-defaults.ts';

/** The semiannual templates the demo sets periods for (DOMAIN §3.1–3.3, 3.5, 3.6). */
export const DEMO_TEMPLATES = [
  'pledge-ledger',
  'mass-evaluation',
  'leader-review',
  'secretary-review',
  'rectification-ledger',
  'branch-grading',
] as const;
export type DemoTemplate = (typeof DEMO_TEMPLATES)[number];

/**
 * The ledgers the demo office reviews level by level (逐级审核): a branch's
 * 书记点评党员 and its 分类定级自评 count once its 党总支 approved them.
 */
export const DEMO_REVIEWED: readonly DemoTemplate[] = ['secretary-review', 'branch-grading'];

/** The template whose current-period deadline the office brought forward, so the demo shows 逾期 in the current half-year too. */
export const EARLY_TEMPLATE: DemoTemplate = 'rectification-ledger';

export interface DemoPeriods {
  /** The half-year containing `today`, e.g. 2026H2. */
  current: string;
  /** The half-year before it, e.g. 2026H1; its reporting is history. */
  previous: string;
}

export function demoPeriods(today: string): DemoPeriods {
  const year = Number(today.slice(0, 4));
  const secondHalf = today.slice(5, 7) >= '07';
  return secondHalf
    ? { current: `${year}H2`, previous: `${year}H1` }
    : { current: `${year}H1`, previous: `${year - 1}H2` };
}

export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface DemoPeriod extends PeriodWindow {
  templateId: DemoTemplate;
  code: string;
}

/**
 * Every slot uses the DOMAIN §2 default window, except that the office asked for
 * the current 整改台账 six days before `today` (an inspection ahead of the year-end
 * review). When the half-year is less than a week old that cannot be, and the
 * default stands.
 */
export function demoPeriodWindows(today: string): DemoPeriod[] {
  const { current, previous } = demoPeriods(today);
  const out: DemoPeriod[] = [];
  for (const code of [previous, current])
    for (const templateId of DEMO_TEMPLATES) {
      const window = defaultPeriodWindow(code)!;
      const early = addDays(today, -6);
      const due = code === current && templateId === EARLY_TEMPLATE && early >= addDays(window.opens, 7) ? early : window.due;
      out.push({ templateId, code, opens: window.opens, due });
    }
  return out;
}
