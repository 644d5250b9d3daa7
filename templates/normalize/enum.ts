import type { ColumnDef } from '../model/definition.ts';
import { enumKey } from './text.ts';

/** Builds the lookup from every accepted spelling of an enum column to its canonical value. */
export function enumLookup(col: ColumnDef): Map<string, string> {
  const map = new Map<string, string>();
  for (const o of col.options ?? []) {
    map.set(enumKey(o.value), o.value);
    for (const a of o.aliases ?? []) map.set(enumKey(a), o.value);
  }
  return map;
}
