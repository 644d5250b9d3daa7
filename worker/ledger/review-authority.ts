import type { Caller } from '../app-env.ts';
import { fail } from '../http/errors.ts';

/**
 * Who approves or returns a version of `unitCode`, as the review history
 * records it: null for the 机关党委's admin, else the reviewing unit's code.
 * The caller has already been given the submission through its scope (a
 * version outside a reviewer's subtree is not found); what is left is that a
 * unit never judges its own ledger — that is its parent's job.
 */
export function actingReviewer(caller: Caller, unitCode: string): string | null {
  if (caller.kind === 'admin') return null;
  if (caller.unitCode === unitCode) throw fail(403, 'review/own-unit', '不能审核或退回本单位自己的台账：由上级单位或机关党委审核');
  return caller.unitCode;
}
