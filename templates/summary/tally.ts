import type { TemplateDefinition, Value } from '../model/definition.ts';
import type { NormalisedRow } from '../read/validate-grid.ts';
import type { LedgerSummary, ListItem, Tally } from './spec.ts';

export type { Tally };

export const bump = (t: Tally, key: string, n = 1): void => {
  t[key] = (t[key] ?? 0) + n;
};

export const get = (t: Tally, key: string): number => t[key] ?? 0;

export function addInto(into: Tally, from: Tally): void {
  for (const [k, n] of Object.entries(from)) bump(into, k, n);
}

export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

const KEYS = new Map<string, Map<string, string>>();
/** `prefix.value`, built once: a summary asks for the same keys on every one of its rows. */
const keyOf = (prefix: string, value: string): string => {
  let byValue = KEYS.get(prefix);
  if (!byValue) KEYS.set(prefix, (byValue = new Map()));
  let key = byValue.get(value);
  if (key === undefined) byValue.set(value, (key = `${prefix}.${value}`));
  return key;
};

/** Counters `prefix.<value>` for each enum value, zeros included, so every column is always there. */
export function breakdown(t: Tally, prefix: string, values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = t[keyOf(prefix, v)] ?? 0;
  return out;
}

export const bumpValue = (t: Tally, prefix: string, v: Value | undefined): void => {
  if (typeof v === 'string' && v !== '') bump(t, `${prefix}.${v}`);
};

export const optionValues = (columns: TemplateDefinition['columns'], key: string): string[] =>
  columns.find((c) => c.key === key)?.options?.map((o) => o.value) ?? [];

export const text = (v: Value | undefined): string => (v === null || v === undefined ? '' : String(v));
export const int = (v: Value | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
/** A share stored in `derived`, or null. */
export const share = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * Quota counts round up (DOMAIN §3.4); the epsilon keeps 10% × 30 = 3.0000000000000004
 * from demanding 4.
 */
export const quotaOf = (part: number, of: number): number => Math.max(0, Math.ceil(part * of - 1e-9));

/** One list of one submission: how many items it had, and the first ones (never more than the summary shows). */
export interface ListTally {
  total: number;
  /** Absent when only the count was read back (the summary's list was already full). */
  items?: ListItem[];
}

/**
 * What one submission adds to the summary, computed once when it is stored:
 * its counters and its list entries. Fixed for good, because every figure it
 * holds comes from the stored rows (overdue was judged on the ledger's own
 * report date); params the office may change are applied when the summary is
 * built (`judgeUnit`, `figures`, `overall`).
 */
export interface SubmissionTally {
  counters: Tally;
  lists: Record<string, ListTally>;
}

export function tallyOf(summary: LedgerSummary, rows: Iterable<NormalisedRow>, listCap: number): SubmissionTally {
  const out: SubmissionTally = { counters: {}, lists: {} };
  for (const key of Object.keys(summary.lists ?? {})) out.lists[key] = { total: 0, items: [] };
  summary.count(rows, {
    t: out.counters,
    list(key, item) {
      const list = out.lists[key];
      if (!list) throw new Error(`summary ${summary.key}: no list "${key}"`);
      list.total++;
      if (list.items!.length < listCap) list.items!.push(item);
    },
  });
  return out;
}

/**
 * Which tallies, taken in the order they will be added, must bring their list
 * entries: those that still find room in a list of `cap` (the others only add
 * to its count). Lets a caller read entries for a few submissions, not all.
 */
export function entriesNeeded(order: Iterable<{ id: string; tally: SubmissionTally }>, cap: number): Set<string> {
  const room = new Map<string, number>();
  const out = new Set<string>();
  for (const { id, tally } of order)
    for (const [key, list] of Object.entries(tally.lists)) {
      const left = room.get(key) ?? cap;
      if (left > 0 && list.total > 0 && list.items === undefined) out.add(id);
      room.set(key, left - list.total);
    }
  return out;
}

/** Keeps the first `cap` items and counts the rest. */
export class CappedList<T> {
  readonly items: T[] = [];
  total = 0;
  constructor(private readonly cap: number) {}
  get room(): number {
    return this.cap - this.items.length;
  }
  push(item: T): void {
    this.total++;
    if (this.items.length < this.cap) this.items.push(item);
  }
  /** `total` items of which the first ones are given (none when the list is full anyway). */
  addMany(total: number, items: readonly T[] | undefined): void {
    if (items === undefined && this.room > 0 && total > 0) throw new Error('capped list: items are needed while there is room');
    for (const item of (items ?? []).slice(0, Math.max(0, this.room))) this.items.push(item);
    this.total += total;
  }
  toJSON(): { items: T[]; total: number; cut: number } {
    return { items: this.items, total: this.total, cut: this.total - this.items.length };
  }
}
