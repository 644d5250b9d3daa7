/**
 * The comparison key for a person's or a branch's name across ledgers. Staff pad
 * two-character names to line them up ("张  毅"), type full-width letters, and
 * write the middle dot of minority names several ways; none of that makes a
 * different person or branch.
 */
export function nameKey(name: string): string {
  if (isPlain(name)) return name;
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[.•・‧∙･]/g, '·');
}

/**
 * Names made only of CJK unified ideographs and ASCII letters and digits — nearly
 * every name and branch — are their own key: NFKC leaves those characters alone and
 * none is a space or a dot. Checked by code unit, since the full path costs a
 * Unicode normalisation and two regex passes per cell.
 */
function isPlain(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ideograph = c >= 0x4e00 && c <= 0x9fff;
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!ideograph && !alnum) return false;
  }
  return true;
}

/**
 * nameKey with a cache for one pass over a sheet: a ledger repeats each branch
 * and member name many times, and NFKC plus two regex passes per cell is most
 * of what a coverage check costs. Scoped to one call so memory ends with it.
 */
export function memoNameKey(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let key = cache.get(name);
    if (key === undefined) cache.set(name, (key = nameKey(name)));
    return key;
  };
}
