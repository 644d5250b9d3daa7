import type { RowHead } from './schema-core.ts';
import type { SummaryUnit } from './types.ts';

export interface TreeRow {
  head: RowHead;
  /** The units whose own figures this row sums. */
  codes: string[];
}

export interface TreeLayout {
  rows: TreeRow[];
  /** Units without sub-units: the ones expected to report. */
  leaves: Set<string>;
  /** Units whose parent code is not in the list; they are shown at the top level. */
  unknownParents: string[];
}

/**
 * The organisation tree as summary rows, depth first in the order units were
 * given: a parent gets a subtotal row (its whole subtree), then its own 本级
 * row when it sent anything itself, then its children one level deeper.
 */
export function layoutTree(units: readonly SummaryUnit[], hasOwn: (code: string) => boolean): TreeLayout {
  const byCode = new Map(units.map((u) => [u.code, u] as const));
  const children = new Map<string, SummaryUnit[]>();
  const unknownParents: string[] = [];
  const roots: SummaryUnit[] = [];
  for (const u of byCode.values()) {
    if (u.parent !== null && u.parent !== u.code && byCode.has(u.parent)) {
      const list = children.get(u.parent) ?? [];
      list.push(u);
      children.set(u.parent, list);
    } else {
      if (u.parent !== null && u.parent !== u.code) unknownParents.push(u.code);
      roots.push(u);
    }
  }

  const rows: TreeRow[] = [];
  const leaves = new Set<string>();
  const visited = new Set<string>();
  const head = (u: SummaryUnit, kind: RowHead['kind'], depth: number): RowHead => ({
    unitCode: u.code, unitName: u.name, kind, depth, parent: u.parent, members: u.members, teams: u.teams, branches: u.branches,
  });

  const visit = (u: SummaryUnit, depth: number): string[] => {
    visited.add(u.code);
    const kids = (children.get(u.code) ?? []).filter((k) => !visited.has(k.code));
    if (kids.length === 0) {
      leaves.add(u.code);
      rows.push({ head: head(u, 'unit', depth), codes: [u.code] });
      return [u.code];
    }
    const subtotal: TreeRow = { head: head(u, 'subtotal', depth), codes: [] };
    rows.push(subtotal);
    if (hasOwn(u.code)) rows.push({ head: head(u, 'own', depth + 1), codes: [u.code] });
    const codes = [u.code];
    for (const k of kids) if (!visited.has(k.code)) codes.push(...visit(k, depth + 1));
    subtotal.codes = codes;
    for (const c of codes.slice(1)) {
      const d = byCode.get(c)!;
      subtotal.head.members += d.members;
      subtotal.head.teams += d.teams;
      subtotal.head.branches += d.branches;
    }
    return codes;
  };

  for (const r of roots) visit(r, 0);
  // A parent cycle leaves units unreached from any root: show them at the top rather than drop them.
  for (const u of byCode.values()) if (!visited.has(u.code)) visit(u, 0);
  return { rows, leaves, unknownParents };
}
