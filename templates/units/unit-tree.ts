/**
 * Whether giving `code` the parent `parentCode` would close a loop in the
 * unit tree (a unit under itself or under one of its descendants).
 */
export function createsCycle(parents: ReadonlyMap<string, string | null>, code: string, parentCode: string | null): boolean {
  const seen = new Set<string>([code]);
  for (let at = parentCode; at !== null && at !== undefined; at = parents.get(at) ?? null) {
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
