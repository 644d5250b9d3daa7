import { z } from 'zod';
import type { Params } from './definition.ts';

/** The values of one parameter that mean something (a share is 0..1, a score band lies within the total). */
export interface ParamRange {
  /** Chinese name, as the office reads it in messages. */
  label: string;
  min: number;
  max: number;
  integer?: boolean;
}

/**
 * Two parameters that only make sense in one order: `lower` below `upper`
 * (times `factor`, e.g. a grade band against five items' full marks).
 */
export interface ParamOrder<K extends string = string> {
  lower: K;
  upper: K;
  /** lower < upper × factor; otherwise lower ≤ upper × factor. */
  strict?: boolean;
  factor?: number;
}

/** What a template declares about its `defaults`: one range per key and the orders between keys. */
export interface ParamSpec<K extends string = string> {
  ranges: Record<K, ParamRange>;
  orders?: readonly ParamOrder<K>[];
}

const name = (key: string, r: ParamRange) => `参数“${r.label}”（${key}）`;

function rangeSchema(key: string, r: ParamRange) {
  const rule = `${name(key, r)}应在 ${r.min} 到 ${r.max} 之间${r.integer ? '的整数' : ''}`;
  const base = z.number({ error: (iss) => `${rule}，现为 ${String(iss.input)}` }).min(r.min).max(r.max);
  return r.integer ? base.int() : base;
}

const inRange = (v: unknown, r: ParamRange): v is number =>
  typeof v === 'number' && v >= r.min && v <= r.max && (!r.integer || Number.isInteger(v));

/**
 * The zod schema of a template's full parameter set (defaults with overrides
 * applied): each value within its range, then each order between two values.
 * An order is reported at the parameter the caller changed (`changed`), so a
 * PUT of advancedMin = 70 is refused at advancedMin, not at goodMin.
 */
export function paramsSchema(spec: ParamSpec, changed: ReadonlySet<string> = new Set()): z.ZodType<Params> {
  const shape = Object.fromEntries(Object.entries(spec.ranges).map(([key, r]) => [key, rangeSchema(key, r)]));
  return z.object(shape).superRefine((params: Params, ctx) => {
    for (const o of spec.orders ?? []) {
      const lower = params[o.lower];
      const upper = params[o.upper];
      const lr = spec.ranges[o.lower];
      const ur = spec.ranges[o.upper];
      // Out-of-range values already have their message; an order between them says nothing more.
      if (!lr || !ur || !inRange(lower, lr) || !inRange(upper, ur)) continue;
      const bound = upper * (o.factor ?? 1);
      if (o.strict ? lower < bound : lower <= bound) continue;
      const relation = o.strict ? '低于' : '不高于';
      const scaled = o.factor && o.factor !== 1 ? { of: `的 ${o.factor} 倍`, note: `（${o.factor} 倍为 ${bound}）` } : { of: '', note: '' };
      const message = `${name(o.lower, lr)}应${relation}“${ur.label}”（${o.upper}）${scaled.of}：现在分别为 ${lower} 和 ${upper}${scaled.note}`;
      const at = changed.has(o.upper) && !changed.has(o.lower) ? o.upper : o.lower;
      ctx.addIssue({ code: 'custom', path: [at], message });
    }
  });
}
