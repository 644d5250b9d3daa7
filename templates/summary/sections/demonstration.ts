import { demonstrationAction, type DemonstrationParams } from '../../catalog/demonstration-action.ts';
import type { DemonstrationFigures } from '../schema.ts';
import { breakdown, bump, get, optionValues, quotaOf, type Tally } from '../tally.ts';
import type { Counter, Figures } from './context.ts';

export const KINDS = optionValues(demonstrationAction, 'kind');
export const STATUSES = optionValues(demonstrationAction, 'status');
export const TOTAL = '合计';

/**
 * Only 已命名 counts towards a quota: 初评推荐 is not yet named, 限期整改 is on
 * probation and may lose the title, 取消命名 has lost it.
 */
export const QUOTA_STATUS = '已命名';

export const countDemonstration: Counter = (t, rows) => {
  for (const { values: v } of rows) {
    if (typeof v.kind !== 'string' || typeof v.status !== 'string') continue;
    bump(t, `demo.${v.kind}.${v.status}`);
    bump(t, `demo.${v.kind}.${TOTAL}`);
  }
};

export const namedOf = (t: Tally, kind: string): number => get(t, `demo.${kind}.${QUOTA_STATUS}`);

export const demonstrationFigures =
  (q: DemonstrationParams): Figures<DemonstrationFigures> =>
  (t, head) => {
    const posts = namedOf(t, '示范岗');
    const teams = namedOf(t, '示范团队');
    const postsRequired = quotaOf(q.postQuota, head.members);
    const teamsRequired = quotaOf(q.teamQuota, head.teams);
    return {
      byKind: Object.fromEntries(KINDS.map((k) => [k, breakdown(t, `demo.${k}`, [...STATUSES, TOTAL])])),
      posts: { named: posts, required: postsRequired, met: posts >= postsRequired },
      teams: { named: teams, required: teamsRequired, met: teams >= teamsRequired },
    };
  };
