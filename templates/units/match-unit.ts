import { toHalfWidth } from '../normalize/text.ts';
import { nameKey } from '../rules/name-key.ts';

/**
 * Which known unit an e-mailed file is from. The known units are the unit
 * list (--units) or, without one, the units the files themselves declare with
 * a 单位编码. The rule, tried in this order, first hit wins:
 *
 *  1. code        the file's 单位编码 is a known unit's code (full-width folded);
 *  2. name        the file's 填报单位 has the name key (rules/name-key.ts) of
 *                 exactly one known unit; else its text contains the name key of
 *                 known units and, once keys inside a longer hit are dropped
 *                 (市统计局 inside 市统计局第一支部), exactly one remains. This
 *                 catches a 基本信息 line read whole:「综合处党支部 单位编码:ZH-01 …」;
 *  3. file-name   the same two name tests on the file name without the ledger's
 *                 name and the period (「市财政局-群众评议情况统计表.xlsx」);
 *  4. unlisted    nothing matched: the file's own code, else its name, else the
 *                 file name's, stands for a unit of its own.
 *
 * A code beats a name that disagrees with it. Two known units with one name
 * key match by code only. A name key shorter than two characters is never
 * looked for inside other text (「党」 is in every unit's name).
 */
export type MatchedBy = 'code' | 'name' | 'file-name' | 'unlisted';

export interface KnownUnit {
  code: string;
  name: string;
}

/** What one file says about its unit. */
export interface UnitClaim {
  /** 单位编码 from 基本信息. */
  code?: string;
  /** 填报单位 from 基本信息. */
  name?: string;
  /** The file name without the ledger's name and the period; absent when nothing is left. */
  fileStem?: string;
}

export interface UnitMatch {
  code: string;
  name: string;
  matchedBy: MatchedBy;
}

const MIN_CONTAINED_KEY = 2;
const codeKey = (code: string): string => toHalfWidth(code).trim();

export interface UnitMatcher {
  /** Null when the file says nothing about its unit at all. */
  match(claim: UnitClaim): UnitMatch | null;
}

export function unitMatcher(known: readonly KnownUnit[]): UnitMatcher {
  const byCode = new Map(known.map((u) => [codeKey(u.code), u]));
  const byKey = new Map<string, KnownUnit[]>();
  for (const u of known) {
    const key = nameKey(u.name);
    byKey.set(key, [...(byKey.get(key) ?? []), u]);
  }
  // Only keys naming one unit can be looked for; longest first so nested hits are easy to drop.
  const searchable = [...byKey].filter(([key, units]) => units.length === 1 && key.length >= MIN_CONTAINED_KEY).sort(([a], [b]) => b.length - a.length);

  function byName(text: string | undefined): KnownUnit | undefined {
    if (!text) return undefined;
    const key = nameKey(text);
    const exact = byKey.get(key);
    if (exact) return exact.length === 1 ? exact[0] : undefined;
    const hits: string[] = [];
    for (const [k] of searchable) if (key.includes(k) && !hits.some((h) => h.includes(k))) hits.push(k);
    return hits.length === 1 ? byKey.get(hits[0]!)![0] : undefined;
  }

  return {
    match(claim) {
      const hit = (u: KnownUnit | undefined, matchedBy: MatchedBy): UnitMatch | null => (u ? { code: u.code, name: u.name, matchedBy } : null);
      const found =
        hit(claim.code ? byCode.get(codeKey(claim.code)) : undefined, 'code') ??
        hit(byName(claim.name), 'name') ??
        hit(byName(claim.fileStem), 'file-name');
      if (found) return found;
      const code = claim.code ?? claim.name ?? claim.fileStem;
      return code ? { code, name: claim.name ?? claim.fileStem ?? code, matchedBy: 'unlisted' } : null;
    },
  };
}
