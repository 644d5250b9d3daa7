import type { TemplateDefinition } from '../model/definition.ts';
import { pledgeLedger } from './pledge-ledger.ts';
import { massEvaluation } from './mass-evaluation.ts';
import { leaderReview } from './leader-review.ts';
import { secretaryReview } from './secretary-review.ts';
import { demonstrationAction } from './demonstration-action.ts';
import { rectificationLedger } from './rectification-ledger.ts';
import { branchGrading } from './branch-grading.ts';
import { goldenIdeas } from './golden-ideas.ts';
import { memberRoster } from './member-roster.ts';
import { threeMeetingsOneLesson } from './three-meetings-one-lesson.ts';

/**
 * The standard templates (标准模板), in the order of DOMAIN §3 (docs/domain.md).
 * Kept as a typed tuple so the summary's type names each ledger's figures;
 * adding a ledger is one line here and its definition file.
 */
export const ledgers = [
  pledgeLedger,
  massEvaluation,
  leaderReview,
  secretaryReview,
  demonstrationAction,
  rectificationLedger,
  branchGrading,
  goldenIdeas,
  memberRoster,
  threeMeetingsOneLesson,
] as const;

export const catalog: readonly TemplateDefinition[] = ledgers;

export function templateById(id: string): TemplateDefinition | undefined {
  return catalog.find((d) => d.id === id);
}

/** The ledgers whose rows give a unit's member roster (党员名册): the denominator of coverage checks. */
export const rosterSources = (): TemplateDefinition[] => catalog.filter((d) => d.provides?.roster);

export {
  pledgeLedger,
  massEvaluation,
  leaderReview,
  secretaryReview,
  demonstrationAction,
  rectificationLedger,
  branchGrading,
  goldenIdeas,
  memberRoster,
};
