import { z } from 'zod';
import { noDerived, type TemplateDefinition } from '../model/definition.ts';
import { choice, date, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { coverage, knownBranch } from '../rules/coverage.ts';
import { nameKey } from '../rules/name-key.ts';
import { breakdownColumns, count, denominator, rate } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema, rate as rateSchema } from '../summary/schema-core.ts';
import { defineSummary } from '../summary/spec.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio, text as textOf } from '../summary/tally.ts';
import { reviewMethods, REVIEW_SHEET } from './review-methods.ts';

/** 基层党组织书记点评党员创先争优工作情况登记表 (source 003, 附件五). */
const columns = [
  req(text('reviewer', '点评人', { aliases: ['点评书记', '点评人姓名'], width: 10 })),
  req(text('branch', '所在党支部', { aliases: ['所在支部', '党支部', '所属党支部'], width: 16 })),
  req(text('member', '被点评党员', { aliases: ['党员姓名', '被点评人', '被点评党员姓名'], width: 10 })),
  req(date('reviewedOn', '点评时间', { aliases: ['点评日期'] })),
  req(choice('method', '点评方式', reviewMethods, { aliases: ['点评形式'] })),
  req(text('strengths', '主要优点', { aliases: ['主要成绩', '优点', '主要优点和成绩'], width: 30 })),
  req(text('shortcomings', '存在不足', { aliases: ['存在问题', '不足之处', '主要不足'], width: 30 })),
  req(text('direction', '努力方向', { aliases: ['今后努力方向', '改进方向'], width: 30 })),
  choice('grade', '点评等次', ['好', ['较好', '比较好'], '一般', ['差', '较差']], { aliases: ['点评等级', '等次'], width: 9 }),
];

const rules = rowRulesFor(columns);

const METHODS = optionValues(columns, 'method');
const GRADES = optionValues(columns, 'grade');

const figuresSchema = z.object({
  reviews: countSchema,
  byMethod: breakdownSchema,
  byGrade: breakdownSchema,
  /** Distinct 被点评党员 (by branch and name) over the row's units. */
  membersReviewed: countSchema,
  memberCoverage: rateSchema,
});
export type SecretaryReviewFigures = z.infer<typeof figuresSchema>;

/** The second half of 点评情况汇总 (DOMAIN §4.4): reviews by method and grade, member coverage. */
const summary = defineSummary({
  key: 'secretaryReviews',
  version: 1,
  schema: figuresSchema,
  count(rows, { t }) {
    const members = new Set<string>();
    for (const { values: v } of rows) {
      bump(t, 'review.secretary');
      bumpValue(t, 'review.secretaryMethod', v.method);
      bumpValue(t, 'review.grade', v.grade);
      if (typeof v.member === 'string') members.add(`${nameKey(textOf(v.branch))}|${nameKey(v.member)}`);
    }
    bump(t, 'review.membersReviewed', members.size);
  },
  figures: (t, { head }): SecretaryReviewFigures => ({
    reviews: get(t, 'review.secretary'),
    byMethod: breakdown(t, 'review.secretaryMethod', METHODS),
    byGrade: breakdown(t, 'review.grade', GRADES),
    membersReviewed: get(t, 'review.membersReviewed'),
    memberCoverage: ratio(get(t, 'review.membersReviewed'), head.members),
  }),
  sheet: {
    ...REVIEW_SHEET,
    columns: [
      denominator<SecretaryReviewFigures>('党员总数', 'members'),
      count<SecretaryReviewFigures>('书记点评次数', (f) => f.reviews, { width: 12 }),
      ...breakdownColumns<SecretaryReviewFigures>('书记点评方式', METHODS, (f) => f.byMethod),
      ...breakdownColumns<SecretaryReviewFigures>('点评等次', GRADES, (f) => f.byGrade),
      count<SecretaryReviewFigures>('被点评党员数', (f) => f.membersReviewed, { width: 12 }),
      rate<SecretaryReviewFigures>('党员覆盖率', (f) => f.memberCoverage),
    ],
  },
});

export const secretaryReview = {
  id: 'secretary-review',
  name: '基层党组织书记点评党员登记表',
  sheetName: '书记点评党员',
  version: 1,
  source: '《关于建立健全创先争优长效机制的通知》附件五',
  frequency: 'semiannual',
  instructions: [
    '党支部（党小组）书记每半年对本支部（党小组）每名党员进行一次点评，每名党员填写一行，不要遗漏。',
    '点评对照“五带头”要求和党员公开承诺、践诺情况进行，点评方式为集中点评、个别点评、现场点评或随机点评。',
    '点评等次分为好、较好、一般、差四档。被点评党员姓名应与党员名册一致。',
    '点评时间应在本报送期次之内。本表填写后及时报机关党委备案。',
  ],
  columns,
  rowRules: [rules.withinPeriod('reviewedOn', 'warning'), rules.notAfterReportDate('reviewedOn')],
  sheetRules: [
    knownBranch('branch'),
    coverage({
      of: 'members',
      missing: '书记点评',
      id: 'coverage:member-reviewed',
      describe: '党员名册中的每名党员每半年都应被本支部书记点评一次。',
      name: 'member',
      branch: 'branch',
    }),
  ],
  derivedFields: [],
  derive: noDerived,
  defaults: {},
  summary,
  example: [
    { reviewer: '王芳', branch: '第一党支部', member: '张三', reviewedOn: '2026-06-12', method: '个别点评', strengths: '工作积极主动', shortcomings: '理论学习不够系统', direction: '坚持每周学习', grade: '较好' },
  ],
} satisfies TemplateDefinition;
