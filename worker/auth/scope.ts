import type { Caller, Scope } from '../app-env.ts';
import { unitTree } from '../db/units.ts';

interface TreeNode {
  code: string;
  parentCode: string | null;
}

/**
 * `root` and every unit below it, in one pass over the list to index the
 * children and one walk down from the root: linear in the organisation's size
 * (3,000 units) whatever its depth. A unit seen twice (a loop the tree guard
 * should have refused) is walked once.
 */
export function subtreeOf(units: readonly TreeNode[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentCode === null || u.parentCode === u.code) continue;
    const list = children.get(u.parentCode);
    if (list) list.push(u.code);
    else children.set(u.parentCode, [u.code]);
  }
  const out = new Set<string>([root]);
  const todo = [root];
  for (let next = todo.pop(); next !== undefined; next = todo.pop())
    for (const child of children.get(next) ?? []) {
      if (out.has(child)) continue;
      out.add(child);
      todo.push(child);
    }
  return out;
}

/** A unit token's whole subtree: itself alone for a unit without sub-units (and for a unit no longer in the list). */
export async function subtreeScope(db: D1Database, org: string, unitCode: string): Promise<Scope> {
  const units = await unitTree(db, org);
  return { root: unitCode, rootName: units.find((u) => u.code === unitCode)?.name ?? unitCode, codes: subtreeOf(units, unitCode) };
}

/** The token's own unit only: the scope of a unit on routes where it acts for itself. */
export const ownScope = (unitCode: string): Scope => ({ root: unitCode, rootName: unitCode, codes: new Set([unitCode]) });

/** A unit with sub-units reviews them (逐级审核): its token reaches the office's screens, scoped to its subtree. */
export const isReviewer = (caller: Caller): boolean => caller.kind === 'unit' && caller.scope !== null && caller.scope.codes.size > 1;

/**
 * The units a scoped screen is built from: the subtree only, its root made
 * the top (parent null), so the board, 催报, the summary and the archive of a
 * reviewer are the organisation's, cut at its unit. The admin gets them all.
 */
export function unitsInScope<T extends TreeNode>(units: readonly T[], scope: Scope | null): T[] {
  if (!scope) return [...units];
  return units.filter((u) => scope.codes.has(u.code)).map((u) => (u.code === scope.root ? { ...u, parentCode: null } : u));
}
