import type { RowValues, TemplateDefinition, ValidationContext } from '../model/definition.ts';
import { choice, int, percent, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { knownBranch } from '../rules/coverage.ts';
import { duplicateRows } from '../rules/duplicates.ts';

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

export const massEvaluation: TemplateDefinition<MassEvaluationParams> = {
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
};
