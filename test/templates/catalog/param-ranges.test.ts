import { describe, expect, it } from 'vitest';
import { catalog } from '../../../templates/catalog/index.ts';
import { paramsSchema } from '../../../templates/model/params-schema.ts';

describe('each definition\'s paramSpec', () => {
  it('gives every tunable template a range for exactly its defaults, and the defaults are within them', () => {
    const tunable = catalog.filter((d) => Object.keys(d.defaults).length > 0);
    expect(catalog.filter((d) => d.paramSpec).map((d) => d.id).sort()).toEqual(tunable.map((d) => d.id).sort());
    for (const def of tunable) {
      const spec = def.paramSpec!;
      expect(Object.keys(spec.ranges).sort()).toEqual(Object.keys(def.defaults).sort());
      expect(paramsSchema(spec).safeParse(def.defaults).success).toBe(true);
    }
  });
});

describe('paramsSchema', () => {
  const spec = {
    ranges: { low: { label: '下限', min: 0, max: 10, integer: true }, high: { label: '上限', min: 0, max: 10, integer: true } },
    orders: [{ lower: 'low', upper: 'high' }],
  };
  const issues = (params: Record<string, number>, changed?: string[]) => {
    const out = paramsSchema(spec, new Set(changed)).safeParse(params);
    return out.success ? [] : out.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('says nothing of an order between values that are already out of range', () => {
    expect(issues({ low: 11, high: 3 })).toEqual([['low', '参数“下限”（low）应在 0 到 10 之间的整数，现为 11']]);
  });

  it('puts an order at the parameter that changed, else at the lower one', () => {
    expect(issues({ low: 5, high: 3 })).toEqual([['low', '参数“下限”（low）应不高于“上限”（high）：现在分别为 5 和 3']]);
    expect(issues({ low: 5, high: 3 }, ['high'])).toEqual([['high', '参数“下限”（low）应不高于“上限”（high）：现在分别为 5 和 3']]);
    expect(issues({ low: 3, high: 3 })).toEqual([]);
  });
});
