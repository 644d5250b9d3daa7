import { defaultPeriodWindow, type PeriodWindow } from '../../../templates/model/period-defaults.ts';
import { periodRange } from '../../../templates/model/period.ts';
import { parseDate } from '../../../templates/normalize/date.ts';

/** A slot as GET /api/admin/periods lists it. */
export interface PeriodSlot {
  templateId: string;
  code: string;
  label: string;
  opens: string;
  due: string;
}

export interface LedgerRef {
  id: string;
  name: string;
}

const halfOf = (day: string): string => `${day.slice(0, 4)}H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
const shiftHalf = (code: string, by: number): string => {
  const index = Number(code.slice(0, 4)) * 2 + Number(code.slice(5)) - 1 + by;
  return `${Math.floor(index / 2)}H${(index % 2) + 1}`;
};

/** Newest first; a half year before the whole year that starts with it. */
const order = (a: string, b: string): number => {
  const ra = periodRange(a)!;
  const rb = periodRange(b)!;
  return rb.start.localeCompare(ra.start) || ra.end.localeCompare(rb.end);
};

/**
 * The periods the office may assign ledgers to: the half year of `today`, the
 * ones before and after it, this year and next as whole years (年度, for the
 * once-a-year ledgers), and every period already set.
 */
export function periodChoices(today: string, existing: readonly string[]): { value: string; text: string }[] {
  const current = halfOf(today);
  const year = Number(today.slice(0, 4));
  const codes = new Set([shiftHalf(current, 1), current, shiftHalf(current, -1), String(year), String(year + 1), ...existing.filter((c) => periodRange(c))]);
  return [...codes].sort(order).map((code) => ({ value: code, text: periodRange(code)!.label }));
}

/** The half year `today` falls in: what the office most likely sets up. */
export const currentHalf = halfOf;

/** DOMAIN §2's window for a period (上半年 due 7月15日, 下半年 due 次年1月15日), offered pre-filled. */
export const defaultWindow = (code: string): PeriodWindow | null => defaultPeriodWindow(code);

/** 「默认截止日期：2027年1月15日（下半年为次年1月15日）」 */
export function defaultDueText(code: string): string {
  const w = defaultPeriodWindow(code);
  if (!w) return '';
  const [y, m, d] = w.due.split('-').map(Number);
  const rule = /H1$/.test(code) ? '上半年为当年7月15日' : /H2$/.test(code) ? '下半年为次年1月15日' : /^\d{4}$/.test(code) ? '年度为次年1月15日' : '月度为当月月末';
  return `默认截止日期：${y}年${m}月${d}日（${rule}）`;
}

/**
 * A date as typed (2026-07-15, 2026/7/15, 2026年7月15日) in the API's form;
 * anything unreadable is sent as typed, so the service's Chinese refusal
 * appears at the field.
 */
export function typedDate(text: string): string {
  const t = text.trim();
  const read = parseDate(t, '');
  return read.ok ? read.value : t;
}

export interface PeriodGroup {
  code: string;
  label: string;
  ledgers: (PeriodSlot & { name: string })[];
}

/** Which ledgers each period has, newest period first, ledgers in catalog order. */
export function periodGroups(slots: readonly PeriodSlot[], ledgers: readonly LedgerRef[]): PeriodGroup[] {
  const rank = new Map(ledgers.map((l, i) => [l.id, i]));
  const name = new Map(ledgers.map((l) => [l.id, l.name]));
  const codes = [...new Set(slots.map((s) => s.code))].sort(order);
  return codes.map((code) => {
    const mine = slots.filter((s) => s.code === code)
      .sort((a, b) => (rank.get(a.templateId) ?? Infinity) - (rank.get(b.templateId) ?? Infinity))
      .map((s) => ({ ...s, name: name.get(s.templateId) ?? s.templateId }));
    return { code, label: mine[0]?.label ?? periodRange(code)?.label ?? code, ledgers: mine };
  });
}

/** Catalog ledgers not yet set for `code`: what the assign form offers. */
export const unassigned = (ledgers: readonly LedgerRef[], slots: readonly PeriodSlot[], code: string): LedgerRef[] =>
  ledgers.filter((l) => !slots.some((s) => s.code === code && s.templateId === l.id));
