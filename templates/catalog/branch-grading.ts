import { z } from 'zod';
import type { RowValues, TemplateDefinition, ValidationContext } from '../model/definition.ts';
import { choice, number, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { knownBranch } from '../rules/coverage.ts';
import { duplicateRows } from '../rules/duplicates.ts';
import { gradeForScore, gradeMatchesScore, type GradeBand } from '../rules/grade-bands.ts';
import { breakdownColumns, count, denominator, score as scoreColumn } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema } from '../summary/schema-core.ts';
import { defineSummary } from '../summary/spec.ts';
import { breakdown, bump, bumpValue, get, optionValues } from '../summary/tally.ts';

/** 基层党组织分类定级自评表 (sources 001, 003): the 五个好 scored, summed and graded. */
export type BranchGradingParams = {
  /** Full marks of each of the five items. */
  scoreMax: number;
  advancedMin: number;
  goodMin: number;
  fairMin: number;
};

const score = (key: string, header: string, aliases: string[]) =>
  req(number(key, header, { aliases, min: 0, width: 10, hint: '填写得分，每项满分20分（默认）' }));

const columns = [
  req(text('branch', '党组织名称', { aliases: ['党支部', '党支部名称', '所在党支部', '支部名称', '党组织'], width: 18 })),
  score('leadershipScore', '领导班子好', ['领导班子好得分', '领导班子']),
  score('membershipScore', '党员队伍好', ['党员队伍好得分', '党员队伍']),
  score('mechanismScore', '工作机制好', ['工作机制好得分', '工作机制']),
  score('performanceScore', '工作业绩好', ['工作业绩好得分', '工作业绩']),
  score('publicOpinionScore', '群众反映好', ['群众反映好得分', '群众反映']),
  req(number('total', '总分', { aliases: ['总得分', '合计得分', '自评总分', '得分合计'], min: 0 })),
  req(choice('grade', '自评等次', ['先进', '较好', '一般', ['后进', '较差']], { aliases: ['自评等级', '等次', '定级等次'], width: 10 })),
  text('problems', '主要问题', { aliases: ['存在的主要问题', '存在问题', '问题及改进措施'], width: 36 }),
];

const scoreKeys = ['leadershipScore', 'membershipScore', 'mechanismScore', 'performanceScore', 'publicOpinionScore'] as const;

const bands: readonly GradeBand<BranchGradingParams>[] = [
  { grade: '先进', minParam: 'advancedMin' },
  { grade: '较好', minParam: 'goodMin' },
  { grade: '一般', minParam: 'fairMin' },
];

/** The sum of the five scores, or null while any is blank. */
function computedTotal(row: RowValues): number | null {
  const parts = scoreKeys.map((k) => row[k]);
  if (!parts.every((v): v is number => typeof v === 'number')) return null;
  return Math.round(parts.reduce((s, v) => s + v, 0) * 1e6) / 1e6;
}

/**
 * The grade is judged on the five scores when all are there, so a wrong 总分 and
 * the grade built on it are reported together rather than one after the other.
 */
const gradingScore = (row: RowValues): number | null =>
  computedTotal(row) ?? (typeof row.total === 'number' ? row.total : null);

const rules = rowRulesFor<BranchGradingParams>(columns);

const GRADES = optionValues(columns, 'grade');

const figuresSchema = z.object({
  graded: countSchema,
  byGrade: breakdownSchema,
  scoreSum: z.number(),
  averageScore: z.number().nullable(),
  /** Rows whose 自评等次 differs from the grade their score implies. */
  gradeMismatch: countSchema,
});
export type GradingFigures = z.infer<typeof figuresSchema>;

/** 分类定级汇总 (DOMAIN §4.6): the grade distribution, average score and grades that disagree with their score. */
const summary = defineSummary({
  key: 'grading',
  version: 1,
  schema: figuresSchema,
  count(rows, { t }) {
    for (const { values: v, derived } of rows) {
      bump(t, 'grade.graded');
      bumpValue(t, 'grade.grade', v.grade);
      if (typeof v.total === 'number') {
        bump(t, 'grade.scoreSum', v.total);
        bump(t, 'grade.scored');
      }
      if (typeof derived.impliedGrade === 'string' && derived.impliedGrade !== v.grade) bump(t, 'grade.mismatch');
    }
  },
  figures(t): GradingFigures {
    const scored = get(t, 'grade.scored');
    const scoreSum = Math.round(get(t, 'grade.scoreSum') * 1e6) / 1e6;
    return {
      graded: get(t, 'grade.graded'),
      byGrade: breakdown(t, 'grade.grade', GRADES),
      scoreSum,
      averageScore: scored > 0 ? Math.round((scoreSum / scored) * 100) / 100 : null,
      gradeMismatch: get(t, 'grade.mismatch'),
    };
  },
  sheet: {
    name: '分类定级汇总', title: '基层党组织分类定级汇总',
    columns: [
      denominator<GradingFigures>('党支部数', 'branches'),
      count<GradingFigures>('自评党组织数', (f) => f.graded, { width: 12 }),
      ...breakdownColumns<GradingFigures>('自评等次', GRADES, (f) => f.byGrade),
      scoreColumn<GradingFigures>('平均分', (f) => f.averageScore),
      count<GradingFigures>('等次与得分不符', (f) => f.gradeMismatch, { width: 13, alert: 'positive' }),
    ],
  },
});

export const branchGrading = {
  id: 'branch-grading',
  name: '基层党组织分类定级自评表',
  sheetName: '分类定级自评表',
  version: 1,
  source: '《基层党组织分类定级自评标准》；《深入开展创先争优活动实施方案》“五个好”',
  frequency: 'semiannual',
  instructions: [
    '各党支部（直属党小组）对照《基层党组织分类定级自评标准》，按照“五个好”要求逐项自评打分，每个党组织填写一行。',
    '“五个好”即领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好，每项满分20分（默认），总分为五项得分之和。',
    '自评等次按总分确定（默认）：90分及以上为先进，80分及以上为较好，60分及以上为一般，60分以下为后进。',
    '对照标准对本支部存在的问题进行分析总结，在“主要问题”中写明，并制定改进提高措施。',
  ],
  columns,
  rowRules: [
    rules.atMostParam(scoreKeys, 'scoreMax'),
    rules.totalEquals(scoreKeys, 'total'),
    gradeMatchesScore<BranchGradingParams>({
      grade: 'grade',
      score: gradingScore,
      bands,
      below: '后进',
      describe: '自评等次应与总分相符：默认90分及以上先进，80分及以上较好，60分及以上一般，其余后进。',
    }),
  ],
  sheetRules: [knownBranch('branch'), duplicateRows(columns, ['branch'])],
  derivedFields: [
    { key: 'computedTotal', label: '五项合计', type: 'number' },
    { key: 'impliedGrade', label: '按分应定等次', type: 'text' },
  ],
  derive: (row: RowValues, ctx: ValidationContext<BranchGradingParams>) => {
    const s = gradingScore(row);
    return {
      computedTotal: computedTotal(row),
      impliedGrade: s === null ? null : gradeForScore(s, bands, '后进', ctx.params),
    };
  },
  defaults: { scoreMax: 20, advancedMin: 90, goodMin: 80, fairMin: 60 },
  paramSpec: {
    // Five items (五个好) make the total, so a band can reach at most five times an item's full marks.
    ranges: {
      scoreMax: { label: '每项满分', min: 1, max: 100 },
      advancedMin: { label: '先进最低分', min: 0, max: 500 },
      goodMin: { label: '较好最低分', min: 0, max: 500 },
      fairMin: { label: '一般最低分', min: 0, max: 500 },
    },
    // Bands run from the best grade down (rules/grade-bands.ts), so they must strictly descend.
    orders: [
      { lower: 'goodMin', upper: 'advancedMin', strict: true },
      { lower: 'fairMin', upper: 'goodMin', strict: true },
      { lower: 'advancedMin', upper: 'scoreMax', factor: 5 },
    ],
  },
  summary,
  example: [
    { branch: '第一党支部', leadershipScore: 19, membershipScore: 18, mechanismScore: 18, performanceScore: 19, publicOpinionScore: 18, total: 92, grade: '先进', problems: '学习形式还不够丰富' },
  ],
} satisfies TemplateDefinition<BranchGradingParams>;
