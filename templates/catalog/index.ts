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

/** The standard templates (标准模板), in the order of DOMAIN §3. */
export const catalog: readonly TemplateDefinition[] = [
  pledgeLedger,
  massEvaluation,
  leaderReview,
  secretaryReview,
  demonstrationAction,
  rectificationLedger,
  branchGrading,
  goldenIdeas,
  memberRoster,
];

export function templateById(id: string): TemplateDefinition | undefined {
  return catalog.find((d) => d.id === id);
}

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
