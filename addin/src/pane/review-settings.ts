/** A ledger as 逐级审核's settings list it. */
export interface LedgerName {
  id: string;
  name: string;
}

const names = (ids: readonly string[], ledgers: readonly LedgerName[]): string =>
  ledgers.filter((l) => ids.includes(l.id)).map((l) => l.name).join('、');

/** 「须逐级审核：承诺践诺台账、整改台账」 — what is set now, in the catalog's order. */
export function reviewedText(ids: readonly string[], ledgers: readonly LedgerName[]): string {
  return ids.length === 0 ? '目前没有台账须逐级审核：各单位报送后直接计入汇总。' : `须逐级审核：${names(ids, ledgers)}。`;
}

/**
 * What saving changed, said so the office knows its effect: a ledger put
 * under review holds back only what is sent from now on; one taken out lets
 * its versions waiting for review count at once.
 */
export function reviewChangeText(before: readonly string[], after: readonly string[], ledgers: readonly LedgerName[]): string {
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  if (added.length === 0 && removed.length === 0) return '没有修改。';
  return [
    added.length > 0 ? `${names(added, ledgers)}今后报送的版本须经上级审核通过后计入汇总` : null,
    removed.length > 0 ? `${names(removed, ledgers)}不再审核，待审核的版本已计入汇总` : null,
  ].filter(Boolean).join('；') + '。';
}
