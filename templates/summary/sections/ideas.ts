import { goldenIdeas } from '../../catalog/golden-ideas.ts';
import { nameKey } from '../../rules/name-key.ts';
import type { IdeaFigures } from '../schema.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio } from '../tally.ts';
import type { Counter, Figures } from './context.ts';

const ADOPTION = optionValues(goldenIdeas, 'adopted');

export const countIdeas: Counter = (t, rows) => {
  // 所在部门 is not a 党支部, so proposers are told apart by name alone (as the coverage rule does).
  const proposers = new Set<string>();
  for (const { values: v } of rows) {
    bump(t, 'idea.ideas');
    bumpValue(t, 'idea.adopted', v.adopted ?? null);
    if (typeof v.proposer === 'string') proposers.add(nameKey(v.proposer));
  }
  bump(t, 'idea.proposers', proposers.size);
};

export const ideaFigures: Figures<IdeaFigures> = (t, head) => ({
  ideas: get(t, 'idea.ideas'),
  byAdoption: breakdown(t, 'idea.adopted', ADOPTION),
  adoptionRate: ratio(get(t, 'idea.adopted.是'), get(t, 'idea.ideas')),
  proposers: get(t, 'idea.proposers'),
  coverage: ratio(get(t, 'idea.proposers'), head.members),
});
