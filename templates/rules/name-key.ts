/**
 * The comparison key for a person's or a branch's name across ledgers. Staff pad
 * two-character names to line them up ("张  毅"), type full-width letters, and
 * write the middle dot of minority names several ways; none of that makes a
 * different person or branch.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[.•・‧∙･]/g, '·');
}
