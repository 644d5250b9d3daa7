import type { TemplateDefinition, RowValues, ValidationContext } from '../model/definition.ts';
import { choice, date, int, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { measurablePledge } from '../rules/measurable.ts';
import { branchCoverage, memberCoverage, knownBranch } from '../rules/coverage.ts';

/** 承诺践诺台账 (source 003, 附件三). */
const columns = [
  int('seq', '序号', { aliases: ['编号', '序'], width: 6 }),
  req(choice('subjectType', '承诺主体', ['党组织', '党员'], { aliases: ['主体类别', '承诺主体类别'] })),
  req(text('pledger', '承诺单位或承诺人', { aliases: ['承诺单位/承诺人', '承诺人', '承诺单位', '承诺单位（人）'], width: 16 })),
  req(text('branch', '所在党支部', { aliases: ['所在支部', '党支部', '所属党支部'], width: 16 })),
  req(choice('category', '承诺类别', ['服务承诺', '实事承诺'], { aliases: ['承诺类型', '类别'] })),
  req(text('pledge', '承诺事项', { aliases: ['承诺内容', '具体承诺事项'], width: 36, hint: '写明可量化、能完成、易考核的目标，如“办结群众来信30件”' })),
  req(text('measures', '践诺措施', { aliases: ['践诺举措', '措施'], width: 30 })),
  req(date('deadline', '完成时限', { aliases: ['完成期限', '时限'] })),
  req(choice('status', '完成情况', ['未开始', ['推进中', '进行中', '正在推进', '推进'], ['已完成', '完成', '已办结', '办结'], ['未完成', '没完成', '未按期完成']], { aliases: ['完成状态', '进展情况'] })),
  date('completedOn', '实际完成日期', { aliases: ['完成日期', '实际完成时间'] }),
  choice('rating', '群众评价', ['满意', '基本满意', '不满意'], { aliases: ['群众满意度', '评价'] }),
  text('remarks', '备注', { width: 20 }),
];

const rules = rowRulesFor(columns);

export const pledgeLedger: TemplateDefinition = {
  id: 'pledge-ledger',
  name: '承诺践诺台账',
  sheetName: '承诺践诺台账',
  version: 1,
  source: '《关于建立健全创先争优长效机制的通知》附件三',
  frequency: 'semiannual',
  instructions: [
    '各党支部和每名党员每半年开展一次公开承诺、践诺活动，每项承诺填写一行。',
    '承诺事项要能量化、能完成、易考核，并包含服务承诺和一定数量的实事承诺。',
    '各支部和每名党员都要签订公开承诺书，并通过网络、党务公开栏或明白纸等形式公开发布。承诺主体为党组织的，“承诺单位或承诺人”填写党支部名称；为党员的，填写党员姓名（与党员名册一致）。',
    '每个党支部至少有1项党组织承诺和1项实事承诺；党员名册中的每名党员至少有1项承诺。',
    '每年7月中旬报送上半年台账，次年1月中旬报送下半年台账。',
  ],
  columns,
  rowRules: [
    rules.requiredWhen('completedOn', 'status', ['已完成']),
    rules.notAfterReportDate('completedOn'),
    measurablePledge('pledge'),
  ],
  sheetRules: [knownBranch('branch'), branchCoverage(), memberCoverage()],
  derivedFields: [{ key: 'overdue', label: '是否逾期', type: 'boolean' }],
  derive: (row: RowValues, ctx: ValidationContext) => ({
    overdue: typeof row.deadline === 'string' && row.deadline < ctx.reportDate && row.status !== '已完成',
  }),
  defaults: {},
};
