import { ApiError } from '../api/client.ts';

export type ReviewAction = 'approve' | 'return';

/** A refused approval or return, said for the version in the slot; `stale` when the slot moved on and must be read again. */
export interface ReviewRefusal {
  text: string;
  stale: boolean;
}

/**
 * What the slot view says when the worker refuses 审核通过 or 退回, naming the
 * version (`target`, e.g. 「第一党支部的承诺践诺台账第 2 版」). A 409 means
 * someone else acted first (another level approved or returned it, or the
 * unit sent a new version): nothing was changed, and the slot is read again.
 * Null for any other failure (the worker's own message is shown).
 */
export function reviewRefusal(error: unknown, target: string): ReviewRefusal | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'review/own-unit':
      return { text: '本级台账由上级审核：不能审核或退回本单位自己的台账。', stale: false };
    case 'submission/not-approvable':
      return { text: `${target}已不在待审核状态（可能已由其他上级审核通过或退回，或单位已报送新版本），未作改动，下面是它现在的情况。`, stale: true };
    case 'submission/not-returnable':
      return { text: `${target}已不能退回（可能已被退回，或单位已报送新版本），未作改动，下面是它现在的情况。`, stale: true };
    case 'submission/not-found':
      return { text: `找不到${target}：它不在你的审核范围内，或已不存在。`, stale: true };
    default:
      return null;
  }
}
