import { z } from 'zod';
import { noDerived, type TemplateDefinition } from '../model/definition.ts';
import { choice, date, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { coverage, knownBranch } from '../rules/coverage.ts';
import { nameKey } from '../rules/name-key.ts';
import { breakdownColumns, count, denominator, rate } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema, rate as rateSchema } from '../summary/schema-core.ts';
import { defineSummary } from '../summary/spec.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio } from '../summary/tally.ts';
import { reviewMethods, REVIEW_SHEET } from './review-methods.ts';

/** 上级领导点评下级党组织及书记创先争优工作情况登记表 (source 003, 附件四). */
const columns = [
  req(text('reviewer', '点评人', { aliases: ['点评领导', '点评人姓名'], width: 10 })),
  req(text('reviewerTitle', '点评人职务', { aliases: ['职务', '点评领导职务'], width: 14 })),
  req(text('branch', '被点评党组织', { aliases: ['被点评党支部', '被点评支部', '被点评单位', '联系点党组织'], width: 16 })),
  req(text('secretary', '党组织书记', { aliases: ['支部书记', '党支部书记', '书记', '书记姓名'], width: 10 })),
  req(date('reviewedOn', '点评时间', { aliases: ['点评日期'] })),
  req(choice('method', '点评方式', reviewMethods, { aliases: ['点评形式'] })),
  req(text('achievements', '主要成绩', { aliases: ['主要成效', '取得成绩', '成绩'], width: 30 })),
  req(text('shortcomings', '存在不足', { aliases: ['存在问题', '不足之处', '主要不足'], width: 30 })),
  req(text('direction', '努力方向', { aliases: ['今后努力方向', '改进方向'], width: 30 })),
  text('remarks', '备注', { width: 16 }),
];

const rules = rowRulesFor(columns);

const METHODS = optionValues(columns, 'method');

const figuresSchema = z.object({
  reviews: countSchema,
  byMethod: breakdownSchema,
  /** Distinct 被点评党组织 (by name) over the row's units. */
  branchesReviewed: countSchema,
  branchCoverage: rateSchema,
});
export type LeaderReviewFigures = z.infer<typeof figuresSchema>;

/** The first half of 点评情况汇总 (DOMAIN §4.4): reviews by method and branch coverage. */
const summary = defineSummary({
  key: 'leaderReviews',
  version: 1,
  schema: figuresSchema,
  count(rows, { t }) {
    const branches = new Set<string>();
    for (const { values: v } of rows) {
      bump(t, 'review.leader');
      bumpValue(t, 'review.leaderMethod', v.method);
      if (typeof v.branch === 'string') branches.add(nameKey(v.branch));
    }
    bump(t, 'review.branchesReviewed', branches.size);
  },
  figures: (t, { head }): LeaderReviewFigures => ({
    reviews: get(t, 'review.leader'),
    byMethod: breakdown(t, 'review.leaderMethod', METHODS),
    branchesReviewed: get(t, 'review.branchesReviewed'),
    branchCoverage: ratio(get(t, 'review.branchesReviewed'), head.branches),
  }),
  sheet: {
    ...REVIEW_SHEET,
    columns: [
      denominator<LeaderReviewFigures>('党支部数', 'branches'),
      count<LeaderReviewFigures>('领导点评次数', (f) => f.reviews, { width: 12 }),
      ...breakdownColumns<LeaderReviewFigures>('领导点评方式', METHODS, (f) => f.byMethod),
      count<LeaderReviewFigures>('被点评党支部数', (f) => f.branchesReviewed, { width: 13 }),
      rate<LeaderReviewFigures>('党支部覆盖率', (f) => f.branchCoverage),
    ],
  },
});

export const leaderReview = {
  id: 'leader-review',
  name: '上级领导点评下级党组织及书记登记表',
  sheetName: '领导点评党组织及书记',
  version: 1,
  source: '《关于建立健全创先争优长效机制的通知》附件四',
  frequency: 'semiannual',
  instructions: [
    '领导点评每半年进行一次。按照逐级点评、层层落实点评的原则，党组成员对联系点党组织及其书记创先争优情况进行点评，每次点评填写一行。',
    '点评方式采取集中点评、个别点评、现场点评、随机点评等方式，从下拉列表中选择。',
    '点评时间应在本报送期次之内，且不晚于填报日期；主要成绩、存在不足、努力方向要具体明确。',
    '每个党支部（直属党小组）每半年至少点评一次。本表填写后及时报机关党委备案。',
  ],
  columns,
  rowRules: [rules.withinPeriod('reviewedOn', 'warning'), rules.notAfterReportDate('reviewedOn')],
  sheetRules: [
    knownBranch('branch'),
    coverage({
      of: 'branches',
      id: 'coverage:branch-reviewed',
      describe: '本单位每个党支部每半年至少被点评一次。',
      branch: 'branch',
      needs: [{ missing: '上级领导点评' }],
    }),
  ],
  derivedFields: [],
  derive: noDerived,
  defaults: {},
  summary,
  example: [
    { reviewer: '李明', reviewerTitle: '机关党委书记', branch: '第一党支部', secretary: '王芳', reviewedOn: '2026-06-10', method: '集中点评', achievements: '承诺践诺扎实推进', shortcomings: '学习教育形式单一', direction: '丰富主题党日内容', remarks: null },
  ],
} satisfies TemplateDefinition;
