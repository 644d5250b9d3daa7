import type { SlotState } from '../../../templates/summary/slot-state.ts';
import { reviewerName, type ReviewerRef } from './labels.ts';

/** The facts of one owed ledger the pane needs (a subset of GET /api/my/ledgers' items). */
export interface OwedFacts {
  state: SlotState;
  due: string;
  daysLeft: number;
  version: number | null;
  returnComment: string | null;
  /** Who sent it back: the unit's 党总支 (or another level above); null for the 机关党委. */
  returnedBy: ReviewerRef;
  /** 逐级审核 of the version sent: null when the ledger needs no review. */
  review: 'pending' | 'approved' | null;
  rejected: { version: number; errors: number } | null;
  nilReturn: boolean;
}

const laterRejected = (f: OwedFacts): string => (f.rejected ? `；之后的第 ${f.rejected.version} 版有 ${f.rejected.errors} 个错误，未计入` : '');

const deadline = (f: OwedFacts): string =>
  f.daysLeft > 0 ? `截止 ${f.due}，还剩 ${f.daysLeft} 天` : f.daysLeft === 0 ? `今天（${f.due}）截止` : `截止 ${f.due}，已逾期 ${-f.daysLeft} 天`;

/** One line under a ledger's name on the unit's home: where it stands and what to do next. */
export function owedLine(f: OwedFacts): string {
  switch (f.state) {
    case 'on_time':
    case 'late':
      return `已报送第 ${f.version} 版${f.state === 'late' ? '（逾期报送）' : ''}${f.review === 'approved' ? '，上级已审核通过' : ''}${f.nilReturn ? '，声明本期无此事项' : ''}${laterRejected(f)}`;
    case 'pending_review':
      return `已报送第 ${f.version} 版，等待上级审核；审核通过后计入汇总${laterRejected(f)}`;
    case 'returned': {
      // A return made before a comment was required has none to follow: say whom to ask.
      const who = reviewerName(f.returnedBy);
      return `第 ${f.version} 版已被${who}退回，${f.returnComment ? '请按下方意见修改后重新报送' : `未附意见，请向${who}了解原因，修改后重新报送`}；${deadline(f)}`;
    }
    case 'rejected':
      return `第 ${f.rejected?.version ?? ''} 版有 ${f.rejected?.errors ?? 0} 个错误，未计入，请修改后重新报送；${deadline(f)}`;
    default:
      return `尚未报送；${deadline(f)}`;
  }
}

/** What still needs the unit's action: shown first and flagged. */
export const needsAction = (f: Pick<OwedFacts, 'state'>): boolean => f.state === 'missing' || f.state === 'returned' || f.state === 'rejected';
