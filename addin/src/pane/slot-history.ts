import { shownVersion } from '../../../templates/summary/slot-state.ts';
import type { SubmissionStatus } from '../../../templates/summary/types.ts';
import type { ReviewerRef } from './labels.ts';

/** The fields of a stored version the slot view reads. */
export interface VersionInfo {
  id: string;
  version: number;
  status: string;
  returnComment: string | null;
  returnedAt: string | null;
  /** Who sent it back (a reviewing unit); null for the 机关党委 and when it was not returned. */
  returnedBy: ReviewerRef;
  /** 逐级审核: null when its ledger needs no review. */
  review: 'pending' | 'approved' | null;
  /** Its approvals and returns, oldest first, as GET /api/submissions lists them with it. */
  reviewEvents: readonly ReviewEventInfo[];
}

/** One approval or return as the worker records it (reviewEvents). */
export interface ReviewEventInfo {
  action: 'approve' | 'return';
  by: ReviewerRef;
  at: string;
  comment: string | null;
}

export interface HistoryEntry {
  version: number;
  action: 'approve' | 'return';
  by: ReviewerRef;
  at: string;
  comment: string;
}

export const newestFirst = <V extends VersionInfo>(versions: readonly V[]): V[] => [...versions].sort((a, b) => b.version - a.version);

/**
 * Every approval and return of the slot, the latest first: the version, who
 * (a 党总支 by name, or null for the 机关党委), when, and the comment. Returns
 * come from the versions themselves, so one made before returns were
 * recorded as events still shows; approvals from each version's events, which
 * the list carries — no request per version.
 */
export function reviewHistory(versions: readonly VersionInfo[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const v of versions) {
    if (v.returnedAt !== null) entries.push({ version: v.version, action: 'return', by: v.returnedBy, at: v.returnedAt, comment: v.returnComment ?? '' });
    for (const e of v.reviewEvents)
      if (e.action === 'approve') entries.push({ version: v.version, action: 'approve', by: e.by, at: e.at, comment: e.comment ?? '' });
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.version - a.version);
}

/**
 * The history's heading and empty text: an organisation that does not review
 * level by level never reads the word 审核 (as the board's 待审核 tile).
 */
export function historyLabels(versions: readonly VersionInfo[], entries: readonly HistoryEntry[]): { title: string; empty: string } {
  return versions.some((v) => v.review !== null || v.returnedBy !== null) || entries.some((e) => e.action === 'approve')
    ? { title: '审核与退回记录', empty: '没有审核或退回记录。' }
    : { title: '退回记录', empty: '没有退回记录。' };
}

/**
 * Whether this version can be sent back from the slot view: it must be the
 * one the board counts for the slot (the worker refuses any other with 409).
 */
export const isReturnable = (v: Pick<VersionInfo, 'id'>, countedId: string | null): boolean => countedId !== null && v.id === countedId;

/**
 * The current version of each slot (unit × ledger × period) in a list of
 * versions — its latest one not rejected, as the board reads it: an older
 * version left 待审核 when a newer one came waits for nobody.
 */
export function currentVersionIds<V extends { id: string; unitCode: string; templateId: string; periodCode: string; version: number; status: SubmissionStatus }>(versions: readonly V[]): Set<string> {
  const slots = new Map<string, V[]>();
  for (const v of versions) {
    const key = `${v.unitCode}\u0000${v.templateId}\u0000${v.periodCode}`;
    slots.set(key, [...(slots.get(key) ?? []), v]);
  }
  return new Set([...slots.values()].flatMap((list) => {
    const { current } = shownVersion(list);
    return current ? [current.id] : [];
  }));
}

/** The review a version shows: 审核通过 stays a fact of that version; 待审核 only on the slot's current one. */
export const shownReview = (review: VersionInfo['review'], current: boolean): VersionInfo['review'] =>
  review === 'approved' || (review === 'pending' && current) ? review : null;
