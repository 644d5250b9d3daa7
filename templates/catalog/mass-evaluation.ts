import { z } from 'zod';
import type { RowValues, TemplateDefinition, ValidationContext } from '../model/definition.ts';
import { choice, int, percent, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { knownBranch } from '../rules/coverage.ts';
import { duplicateRows } from '../rules/duplicates.ts';
import { breakdownColumns, count, field, rate } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema, rate as rateSchema } from '../summary/schema-core.ts';
import { defineList, defineSummary } from '../summary/spec.ts';
import { breakdown, bump, bumpValue, get, int as intOf, optionValues, ratio, share as shareOf, text as textOf } from '../summary/tally.ts';

/** 群众评议情况统计表 (source 003, 附件六). */
export type MassEvaluationParams = {
  /** Allowed gap between a typed 满意率 and the computed one, as a fraction (0.005 = 0.5 个百分点). */
  rateTolerance: number;
  /** 重点关注 when 不满意 ÷ 实参评人数 exceeds this. */
  flagThreshold: number;
};

const defaults: MassEvaluationParams = { rateTolerance: 0.005, flagThreshold: 1 / 3 };

const columns = [
  req(text('target', '评议对象', { aliases: ['被评议对象', '评议对象名称', '党组织或党员名称'], width: 16, hint: '党组织填写党支部名称，党员填写姓名' })),
  req(choice('targetType', '对象类别', [['党组织', '党支部', '支部'], ['党员', '个人']], { aliases: ['评议对象类别', '对象类型'] })),
  req(text('branch', '所在党支部', { aliases: ['所在支部', '党支部', '所属党支部'], width: 16 })),
  req(int('eligible', '应参评人数', { aliases: ['应参评', '应参加评议人数', '应参评人数(人)'] })),
  req(int('participants', '实参评人数', { aliases: ['实参评', '实际参评人数', '实参加评议人数', '实参评人数(人)'] })),
  req(int('satisfied', '满意', { aliases: ['满意人数', '满意票', '满意(人)'], width: 8 })),
  req(int('basicallySatisfied', '基本满意', { aliases: ['基本满意人数', '基本满意票', '基本满意(人)', '比较满意'], width: 9 })),
  req(int('dissatisfied', '不满意', { aliases: ['不满意人数', '不满意票', '不满意(人)'], width: 8 })),
  int('abstained', '不了解(弃权)', { aliases: ['不了解', '弃权', '弃权人数', '不了解人数', '不了解或弃权'], width: 9 }),
  percent('satisfactionRate', '满意率', { aliases: ['满意率(%)', '群众满意率', '满意度'], hint: '可不填；填写时应等于（满意＋基本满意）÷实参评人数' }),
  text('opinions', '主要意见建议', { aliases: ['主要意见和建议', '意见建议', '群众意见建议', '主要意见'], width: 30 }),
  text('rectification', '整改措施', { aliases: ['整改举措', '整改措施及落实情况'], width: 30, hint: '有“不满意”票时请填写' }),
];

const rules = rowRulesFor<MassEvaluationParams>(columns);

const share = (row: RowValues, keys: readonly string[]): number | null => {
  const d = row.participants;
  if (typeof d !== 'number' || d <= 0) return null;
  const parts = keys.map((k) => row[k]);
  return parts.every((v): v is number => typeof v === 'number') ? parts.reduce((s, v) => s + v, 0) / d : null;
};

const TYPES = optionValues(columns, 'targetType');
const NUMBERS = ['eligible', 'participants', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'abstained'] as const;

const figuresSchema = z.object({
  objects: countSchema,
  byType: breakdownSchema,
  eligible: countSchema,
  participants: countSchema,
  satisfied: countSchema,
  basicallySatisfied: countSchema,
  dissatisfied: countSchema,
  abstained: countSchema,
  /** (满意 + 基本满意) ÷ 实参评人数. */
  satisfactionRate: rateSchema,
  /** 满意 ÷ 实参评人数. */
  satisfiedRate: rateSchema,
  flagged: countSchema,
  /** 1 = highest 满意率 among reporting rows with participants; ties share a rank; null for subtotals. */
  rank: z.number().int().positive().nullable(),
});
export type EvaluationFigures = z.infer<typeof figuresSchema>;

const flaggedItem = {
  target: z.string(), targetType: z.string(), branch: z.string(),
  participants: countSchema, dissatisfied: countSchema, dissatisfiedShare: rateSchema, satisfactionRate: rateSchema,
};
type FlaggedObject = { target: string; targetType: string; branch: string; participants: number; dissatisfied: number; dissatisfiedShare: number | null; satisfactionRate: number | null };

/** Competition ranking (1, 2, 2, 4) by 满意率, highest first; rows without a rate get none. Sorted once: thousands of units are ranked. */
export function rankBySatisfaction(rates: readonly (number | null)[]): (number | null)[] {
  const key = (r: number) => Math.round(r * 1e9);
  const known = rates.filter((r): r is number => r !== null).map(key).sort((a, b) => b - a);
  // 1 + how many are strictly higher: the first index holding this key in the descending list.
  const firstAt = new Map<number, number>();
  known.forEach((k, i) => firstAt.has(k) || firstAt.set(k, i));
  return rates.map((r) => (r === null ? null : 1 + firstAt.get(key(r))!));
}

/** 群众评议汇总 (DOMAIN §4.3), ranked by 满意率, and the 重点关注对象 list. */
const summary = defineSummary({
  key: 'evaluation',
  version: 1,
  schema: figuresSchema,
  count(rows, out) {
    const { t } = out;
    for (const { row, values: v, derived } of rows) {
      bump(t, 'eval.objects');
      bumpValue(t, 'eval.type', v.targetType);
      for (const k of NUMBERS) bump(t, `eval.${k}`, intOf(v[k]));
      if (derived.flagged === true) {
        bump(t, 'eval.flagged');
        out.list('flaggedObjects', {
          row, target: textOf(v.target), targetType: textOf(v.targetType), branch: textOf(v.branch),
          participants: intOf(v.participants), dissatisfied: intOf(v.dissatisfied),
          dissatisfiedShare: shareOf(derived.dissatisfiedShare), satisfactionRate: shareOf(derived.satisfactionRate),
        });
      }
    }
  },
  figures(t): EvaluationFigures {
    const participants = get(t, 'eval.participants');
    const satisfied = get(t, 'eval.satisfied');
    const basicallySatisfied = get(t, 'eval.basicallySatisfied');
    return {
      objects: get(t, 'eval.objects'),
      byType: breakdown(t, 'eval.type', TYPES),
      eligible: get(t, 'eval.eligible'),
      participants,
      satisfied,
      basicallySatisfied,
      dissatisfied: get(t, 'eval.dissatisfied'),
      abstained: get(t, 'eval.abstained'),
      satisfactionRate: ratio(satisfied + basicallySatisfied, participants),
      satisfiedRate: ratio(satisfied, participants),
      flagged: get(t, 'eval.flagged'),
      rank: null,
    };
  },
  // Only reporting rows (units and 本级) are ranked: a subtotal is not a competitor.
  rank(rows, heads) {
    const ranks = rankBySatisfaction(rows.map((f, i) => (heads[i]!.kind !== 'subtotal' && f.participants > 0 ? f.satisfactionRate : null)));
    rows.forEach((f, i) => (f.rank = ranks[i] ?? null));
  },
  lists: {
    flaggedObjects: defineList<FlaggedObject>({
      sheet: '重点关注对象', title: '群众评议重点关注对象', item: flaggedItem,
      columns: [
        field('评议对象', 16, (r) => r.target),
        field('对象类别', 9, (r) => r.targetType),
        field('所在党支部', 16, (r) => r.branch),
        { header: '实参评人数', kind: 'count', width: 11, value: (r) => r.participants },
        { header: '不满意', kind: 'count', width: 8, value: (r) => r.dissatisfied },
        { header: '不满意占比', kind: 'rate', width: 11, value: (r) => r.dissatisfiedShare },
        { header: '满意率', kind: 'rate', width: 10, bar: true, value: (r) => r.satisfactionRate },
      ],
    }),
  },
  sheet: {
    name: '群众评议汇总', title: '群众评议汇总',
    columns: [
      count<EvaluationFigures>('评议对象数', (f) => f.objects, { width: 11 }),
      ...breakdownColumns<EvaluationFigures>('对象类别', TYPES, (f) => f.byType),
      count<EvaluationFigures>('应参评人数', (f) => f.eligible, { width: 11 }),
      count<EvaluationFigures>('实参评人数', (f) => f.participants, { width: 11 }),
      count<EvaluationFigures>('满意', (f) => f.satisfied),
      count<EvaluationFigures>('基本满意', (f) => f.basicallySatisfied),
      count<EvaluationFigures>('不满意', (f) => f.dissatisfied),
      count<EvaluationFigures>('不了解(弃权)', (f) => f.abstained, { width: 12 }),
      rate<EvaluationFigures>('满意率', (f) => f.satisfactionRate, { chart: '各单位群众满意率' }),
      rate<EvaluationFigures>('满意占比', (f) => f.satisfiedRate),
      count<EvaluationFigures>('重点关注', (f) => f.flagged, { alert: 'positive' }),
      count<EvaluationFigures>('满意率排名', (f) => f.rank, { width: 11 }),
    ],
    notes: () => ['满意率＝（满意＋基本满意）÷实参评人数；满意占比＝满意÷实参评人数；排名只在报送单位之间进行，满意率相同的并列。'],
  },
});

export const massEvaluation = {
  id: 'mass-evaluation',
  name: '群众评议情况统计表',
  sheetName: '群众评议情况统计表',
  version: 1,
  source: '《关于建立健全创先争优长效机制的通知》附件六',
  frequency: 'semiannual',
  instructions: [
    '群众评议每半年进行一次，由各党支部（党小组）按要求自行组织；每个评议对象（党组织或党员）填写一行。',
    '对党组织，重点评议中心工作和重点任务完成情况、承诺践诺情况、为群众办实事办好事解难题情况、突出问题整改情况和队伍建设情况；对党员，重点评议立足岗位履行职责、承诺践诺、联系和服务群众、工作作风和廉洁自律情况。',
    '满意、基本满意、不满意、不了解(弃权)四项人数之和应等于实参评人数，实参评人数不能多于应参评人数。',
    '满意率＝（满意＋基本满意）÷实参评人数，可以不填，由系统计算；填写时与计算结果相差不能超过0.5个百分点。',
    '对群众评议中反映出来的问题，要深入查找原因，落实整改责任，制定整改措施，及时整改落实；有“不满意”票的，请填写整改措施并记入整改台账。',
    '每年7月中旬和次年1月中旬前报送机关党委。',
  ],
  columns,
  rowRules: [
    rules.sumEquals(['satisfied', 'basicallySatisfied', 'dissatisfied', 'abstained'], 'participants'),
    rules.notGreater('participants', 'eligible'),
    rules.rateMatches('satisfactionRate', ['satisfied', 'basicallySatisfied'], 'participants', 'rateTolerance'),
    rules.requiredWhenPositive('rectification', 'dissatisfied', 'warning'),
  ],
  sheetRules: [knownBranch('branch'), duplicateRows(columns, ['target', 'targetType'])],
  derivedFields: [
    { key: 'satisfactionRate', label: '满意率', type: 'percent' },
    { key: 'satisfiedShare', label: '满意占比', type: 'percent' },
    { key: 'dissatisfiedShare', label: '不满意占比', type: 'percent' },
    { key: 'flagged', label: '重点关注', type: 'boolean' },
  ],
  derive: (row: RowValues, ctx: ValidationContext<MassEvaluationParams>) => {
    const dissatisfiedShare = share(row, ['dissatisfied']);
    return {
      satisfactionRate: share(row, ['satisfied', 'basicallySatisfied']),
      satisfiedShare: share(row, ['satisfied']),
      dissatisfiedShare,
      flagged: dissatisfiedShare !== null && dissatisfiedShare > (ctx.params.flagThreshold ?? defaults.flagThreshold),
    };
  },
  defaults,
  paramSpec: {
    ranges: {
      // Beyond 10 个百分点 a typed 满意率 is no longer checked at all.
      rateTolerance: { label: '满意率允许误差', min: 0, max: 0.1 },
      flagThreshold: { label: '重点关注的不满意比例', min: 0, max: 1 },
    },
  },
  summary,
  example: [
    { target: '张三', targetType: '党员', branch: '第一党支部', eligible: 12, participants: 10, satisfied: 6, basicallySatisfied: 2, dissatisfied: 2, abstained: 0, satisfactionRate: null, opinions: '联系群众还不够经常', rectification: '每月走访联系户一次' },
    { target: '第一党支部', targetType: '党组织', branch: '第一党支部', eligible: 12, participants: 9, satisfied: 3, basicallySatisfied: 2, dissatisfied: 4, abstained: 0, satisfactionRate: null, opinions: '为群众办实事偏少', rectification: '制定为民办实事清单' },
  ],
} satisfies TemplateDefinition<MassEvaluationParams>;
