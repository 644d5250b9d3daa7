import type { ParamSpec } from '../model/params-schema.ts';
import type { BranchGradingParams } from './branch-grading.ts';
import type { DemonstrationParams } from './demonstration-action.ts';
import type { MassEvaluationParams } from './mass-evaluation.ts';

/**
 * The values each template's `defaults` may be set to (GET/PUT /api/admin/params).
 * Keyed by template id; a template without an entry has nothing to tune. The
 * `satisfies` ties each table to its template's parameter type, so a parameter
 * added to a definition without a range does not compile.
 */

const massEvaluation = {
  ranges: {
    // Beyond 10 个百分点 a typed 满意率 is no longer checked at all.
    rateTolerance: { label: '满意率允许误差', min: 0, max: 0.1 },
    flagThreshold: { label: '重点关注的不满意比例', min: 0, max: 1 },
  },
} satisfies ParamSpec<keyof MassEvaluationParams>;

const demonstration = {
  ranges: {
    postQuota: { label: '示范岗比例（占党员总数）', min: 0, max: 1 },
    teamQuota: { label: '示范团队比例（占内设团队数）', min: 0, max: 1 },
    unitQuota: { label: '示范单位比例（占单位数）', min: 0, max: 1 },
    sectorMin: { label: '示范行业最少个数', min: 0, max: 100, integer: true },
    sectorMax: { label: '示范行业最多个数', min: 0, max: 100, integer: true },
  },
  orders: [{ lower: 'sectorMin', upper: 'sectorMax' }],
} satisfies ParamSpec<keyof DemonstrationParams>;

/** Five items (五个好) make the total, so a band can reach at most five times an item's full marks. */
const GRADED_ITEMS = 5;
const grading = {
  ranges: {
    scoreMax: { label: '每项满分', min: 1, max: 100 },
    advancedMin: { label: '先进最低分', min: 0, max: 100 * GRADED_ITEMS },
    goodMin: { label: '较好最低分', min: 0, max: 100 * GRADED_ITEMS },
    fairMin: { label: '一般最低分', min: 0, max: 100 * GRADED_ITEMS },
  },
  // Bands run from the best grade down (rules/grade-bands.ts), so they must strictly descend.
  orders: [
    { lower: 'goodMin', upper: 'advancedMin', strict: true },
    { lower: 'fairMin', upper: 'goodMin', strict: true },
    { lower: 'advancedMin', upper: 'scoreMax', factor: GRADED_ITEMS },
  ],
} satisfies ParamSpec<keyof BranchGradingParams>;

export const PARAM_RANGES: Readonly<Record<string, ParamSpec>> = {
  'mass-evaluation': massEvaluation,
  'demonstration-action': demonstration,
  'branch-grading': grading,
};
