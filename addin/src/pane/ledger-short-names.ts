/**
 * Words that say who fills a form or what kind of form it is, not which
 * ledger it is: dropped so a column header names the ledger in a few
 * characters (上级领导点评下级党组织及书记登记表 → 领导点评).
 */
const QUALIFIERS = ['基层党组织', '共产党员', '上级'];
const FORM_WORDS = ['情况统计表', '记录台账', '登记表', '自评表', '统计表', '台账'];

const SHORT = 4;

function core(name: string): string {
  let s = name;
  for (const q of QUALIFIERS) if (s.startsWith(q) && s.length > q.length) s = s.slice(q.length);
  for (const w of FORM_WORDS) if (s.endsWith(w) && s.length > w.length) return s.slice(0, -w.length);
  return s;
}

/**
 * Short column headers for the board, in the order given: the first few
 * characters of each name's core; where two would read the same, their
 * whole cores, and where even those do, the full names (the full name is in
 * the header's tooltip anyway).
 */
export function shortLedgerNames(names: readonly string[]): string[] {
  const unique = (list: readonly string[], i: number) => list.indexOf(list[i]!) === list.lastIndexOf(list[i]!);
  const cores = names.map(core);
  const short = cores.map((c) => c.slice(0, SHORT));
  return names.map((name, i) => (unique(short, i) ? short[i]! : unique(cores, i) ? cores[i]! : name));
}
