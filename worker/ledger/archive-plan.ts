import type { ManifestLine } from '../../templates/xlsx/write-archive-manifest.ts';
import { localTime } from '../../templates/summary/sheets/status.ts';
import { shownVersion, SLOT_STATE_LABEL } from '../../templates/summary/slot-state.ts';
import type { ReviewEvent } from '../db/reviews.ts';
import type { ReviewerRef, SubmissionRecord } from '../db/submissions.ts';
import { originalKey } from './store-file.ts';

/** One original to copy from R2 into the archive. */
export interface ArchiveFile {
  path: string;
  r2Key: string;
  sha256: string;
  /** When it was sent: the entry's date in the zip, so the same period gives the same archive. */
  sentAt: string;
}

export interface ArchivePlan {
  files: ArchiveFile[];
  manifest: ManifestLine[];
}

// Characters Windows refuses in file names, and path separators.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;
const safeName = (s: string): string => s.replace(UNSAFE, '_').trim().slice(0, 60) || '_';

/** 单位编码_单位名称_台账_v版本.xlsx, as the office files it. */
export const archiveFileName = (unitCode: string, unitName: string, ledger: string, version: number): string =>
  `${safeName(unitCode)}_${safeName(unitName)}_${safeName(ledger)}_v${version}.xlsx`;

const slotKey = (s: SubmissionRecord): string => `${s.unitCode}\u0000${s.templateId}`;

function stateOf(s: SubmissionRecord, counted: boolean, latestCounted: Map<string, number>, currentOf: Map<string, SubmissionRecord | null>): string {
  if (s.status === 'rejected') return '未通过校验';
  if (s.status === 'returned') return SLOT_STATE_LABEL.returned;
  if (counted) return SLOT_STATE_LABEL[s.late ? 'late' : 'on_time'];
  // The slot's current version, still waiting for a level above: filed, not counted yet.
  if (s.review === 'pending' && currentOf.get(slotKey(s)) === s) return SLOT_STATE_LABEL.pending_review;
  const current = latestCounted.get(slotKey(s));
  return current !== undefined ? `已由第 ${current} 版取代` : '未计入';
}

const reviewerName = (by: ReviewerRef): string => by?.name ?? '机关党委';

/**
 * The 审核 cell: who approved the version and when — a fact of that version
 * even if it was returned later —, 待审核 while the slot waits on it, 未审核
 * when a newer version came before anyone judged it; empty when its ledger
 * needed no review (or it left the review unjudged: rejected, returned).
 */
function reviewText(s: SubmissionRecord, events: readonly ReviewEvent[], current: boolean): string {
  const approval = events.findLast((e) => e.action === 'approve');
  if (approval) return `${reviewerName(approval.by)} 审核通过 ${localTime(approval.at)}`;
  if (s.review === 'pending') return current ? SLOT_STATE_LABEL.pending_review : '未审核';
  return '';
}

/** The comment as written, after the level that returned it when that was not the 机关党委 itself. */
const returnText = (s: SubmissionRecord): string =>
  s.returnComment === null ? '' : s.returnedBy ? `（${reviewerName(s.returnedBy)}）${s.returnComment}` : s.returnComment;

/**
 * Which originals go into a period's archive and the manifest that lists
 * them: every counted version under 原件/, and with `allVersions` every other
 * stored version under 其他版本/. Add-in (grid) submissions have no original
 * file; the manifest says so instead of leaving a gap.
 */
export function planArchive(
  subs: readonly SubmissionRecord[],
  countedIds: ReadonlySet<string>,
  names: { unit: (code: string) => string; ledger: (templateId: string) => string },
  allVersions: boolean,
  /** Each version's approvals and returns (periodReviewEvents), by submission id. */
  events: ReadonlyMap<string, readonly ReviewEvent[]>,
): ArchivePlan {
  const latestCounted = new Map<string, number>();
  const bySlot = new Map<string, SubmissionRecord[]>();
  for (const s of subs) {
    if (countedIds.has(s.id)) latestCounted.set(slotKey(s), s.version);
    bySlot.set(slotKey(s), [...(bySlot.get(slotKey(s)) ?? []), s]);
  }
  const currentOf = new Map([...bySlot].map(([key, versions]) => [key, shownVersion(versions).current]));
  const files: ArchiveFile[] = [];
  const manifest: ManifestLine[] = [];
  for (const s of subs) {
    const counted = countedIds.has(s.id);
    const unitName = names.unit(s.unitCode);
    const ledger = names.ledger(s.templateId);
    let file: string;
    if (!s.hasFile) file = '（加载项直接报送，无原件文件）';
    else if (!counted && !allVersions) file = '（未计入汇总，未归档；下载“全部版本”可得）';
    else {
      file = `${counted ? '原件' : '其他版本'}/${archiveFileName(s.unitCode, unitName, ledger, s.version)}`;
      files.push({ path: file, r2Key: originalKey(s.sha256), sha256: s.sha256, sentAt: s.submittedAt });
    }
    manifest.push({
      unitCode: s.unitCode, unitName, ledger, version: s.version, sentAt: localTime(s.submittedAt),
      state: stateOf(s, counted, latestCounted, currentOf), review: reviewText(s, events.get(s.id) ?? [], currentOf.get(slotKey(s)) === s),
      counted, file, sha256: s.sha256, returnComment: returnText(s),
    });
  }
  return { files, manifest };
}
