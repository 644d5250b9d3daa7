import { childCounts, type UnitLink } from './unit-form.ts';

/**
 * Units that have sub-units in `after` but had none in `before` (or did not
 * exist), in the order of `after`. Under 逐级审核 a unit with sub-units is
 * the reviewer of its subtree (docs/architecture.md), so these are the units
 * whose tokens a change turns into reviewer tokens.
 */
export function newReviewers(before: readonly UnitLink[], after: readonly UnitLink[]): string[] {
  const had = childCounts(before);
  const has = childCounts(after);
  return after.filter((u) => (has.get(u.code) ?? 0) > 0 && (had.get(u.code) ?? 0) === 0).map((u) => u.code);
}

/** The tree once a unit is saved under `parentCode`: changed in place when `editing`, else added. */
export function withUnitUnder(units: readonly UnitLink[], code: string, parentCode: string | null, editing: boolean): UnitLink[] {
  if (!editing) return [...units, { code, parentCode }];
  return units.map((u) => (u.code === code ? { code, parentCode } : u));
}

/**
 * Says plainly that these units' tokens now review their subtrees: before an
 * add or edit is saved (answered by a second click, 「确认保存」), or under
 * an import's result.
 */
export function reviewerNotice(names: readonly string[], when: 'save' | 'import'): string {
  const who = names.map((n) => `“${n}”`).join('、');
  const rights = names.length === 1 ? '它的令牌可以查看并审核下级单位的报送（逐级审核）' : '它们的令牌可以查看并审核各自下级单位的报送（逐级审核）';
  return when === 'save' ? `保存后，${who}将有下级单位：${rights}。确认无误请点“确认保存”。` : `导入后，${who}有了下级单位：${rights}。`;
}
