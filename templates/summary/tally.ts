import type { TemplateDefinition, Value } from '../model/definition.ts';

/**
 * A unit's figures while rows stream in: flat named counters, so a parent's
 * row is the plain sum of its subtree's and rates are taken only at the end.
 */
export type Tally = Record<string, number>;

export const bump = (t: Tally, key: string, n = 1): void => {
  t[key] = (t[key] ?? 0) + n;
};

export const get = (t: Tally, key: string): number => t[key] ?? 0;

export function addInto(into: Tally, from: Tally): void {
  for (const [k, n] of Object.entries(from)) bump(into, k, n);
}

export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** Counters `prefix.<value>` for each enum value, zeros included, so every column is always there. */
export function breakdown(t: Tally, prefix: string, values: readonly string[]): Record<string, number> {
  return Object.fromEntries(values.map((v) => [v, get(t, `${prefix}.${v}`)]));
}

export const bumpValue = (t: Tally, prefix: string, v: Value): void => {
  if (typeof v === 'string' && v !== '') bump(t, `${prefix}.${v}`);
};

export const optionValues = (def: TemplateDefinition, key: string): string[] =>
  def.columns.find((c) => c.key === key)?.options?.map((o) => o.value) ?? [];

export const text = (v: Value | undefined): string => (v === null || v === undefined ? '' : String(v));
export const int = (v: Value | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * Quota counts round up (DOMAIN §3.4); the epsilon keeps 10% × 30 = 3.0000000000000004
 * from demanding 4.
 */
export const quotaOf = (share: number, of: number): number => Math.max(0, Math.ceil(share * of - 1e-9));

/** Keeps the first `cap` items and counts the rest. */
export class CappedList<T> {
  readonly items: T[] = [];
  total = 0;
  constructor(private readonly cap: number) {}
  push(item: T): void {
    this.total++;
    if (this.items.length < this.cap) this.items.push(item);
  }
  toJSON(): { items: T[]; total: number; cut: number } {
    return { items: this.items, total: this.total, cut: this.total - this.items.length };
  }
}
