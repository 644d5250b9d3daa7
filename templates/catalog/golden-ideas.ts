import { z } from 'zod';
import { noDerived, type TemplateDefinition } from '../model/definition.ts';
import { choice, date, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { coverage } from '../rules/coverage.ts';
import { duplicateRows } from '../rules/duplicates.ts';
import { nameKey } from '../rules/name-key.ts';
import { breakdownColumns, count, denominator, rate } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema, rate as rateSchema } from '../summary/schema-core.ts';
import { defineSummary } from '../summary/spec.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio } from '../summary/tally.ts';

/** 金点子登记表 (source 000: “机关干部每人至少为机关提出一个改革创新的‘金点子’”). */
const columns = [
  req(text('proposer', '提出人', { aliases: ['建议人', '提出者', '姓名', '提出人姓名'], width: 10 })),
  req(text('department', '所在部门', { aliases: ['部门', '所在处室', '所在科室', '所在单位'], width: 14 })),
  req(text('title', '建议题目', { aliases: ['金点子题目', '题目', '建议名称', '金点子名称', '标题'], width: 24 })),
  req(text('content', '主要内容', { aliases: ['建议内容', '具体内容', '金点子内容', '内容'], width: 40 })),
  req(date('proposedOn', '提出日期', { aliases: ['提出时间', '建议日期', '日期'] })),
  choice('adopted', '是否采纳', [['是', '采纳', '已采纳'], ['否', '未采纳', '不采纳'], ['待定', '待研究', '研究中']], { aliases: ['采纳情况', '是否被采纳'], width: 9 }),
  text('effect', '采纳成效', { aliases: ['成效', '实施效果', '采纳效果', '创新效果'], width: 30 }),
  text('reward', '奖励情况', { aliases: ['奖励', '奖励措施'], width: 16 }),
];

const rules = rowRulesFor(columns);

const ADOPTION = optionValues(columns, 'adopted');

const figuresSchema = z.object({
  ideas: countSchema,
  byAdoption: breakdownSchema,
  adoptionRate: rateSchema,
  proposers: countSchema,
  coverage: rateSchema,
});
export type IdeaFigures = z.infer<typeof figuresSchema>;

/** 金点子汇总 (DOMAIN §4.6): ideas, adoption and how many cadres proposed one. */
const summary = defineSummary({
  key: 'ideas',
  version: 1,
  schema: figuresSchema,
  count(rows, { t }) {
    // 所在部门 is not a 党支部, so proposers are told apart by name alone (as the coverage rule does).
    const proposers = new Set<string>();
    for (const { values: v } of rows) {
      bump(t, 'idea.ideas');
      bumpValue(t, 'idea.adopted', v.adopted);
      if (typeof v.proposer === 'string') proposers.add(nameKey(v.proposer));
    }
    bump(t, 'idea.proposers', proposers.size);
  },
  figures: (t, { head }): IdeaFigures => ({
    ideas: get(t, 'idea.ideas'),
    byAdoption: breakdown(t, 'idea.adopted', ADOPTION),
    adoptionRate: ratio(get(t, 'idea.adopted.是'), get(t, 'idea.ideas')),
    proposers: get(t, 'idea.proposers'),
    coverage: ratio(get(t, 'idea.proposers'), head.members),
  }),
  sheet: {
    name: '金点子汇总', title: '金点子汇总',
    columns: [
      denominator<IdeaFigures>('党员总数', 'members'),
      count<IdeaFigures>('金点子数', (f) => f.ideas),
      ...breakdownColumns<IdeaFigures>('是否采纳', ADOPTION, (f) => f.byAdoption),
      rate<IdeaFigures>('采纳率', (f) => f.adoptionRate, { width: 10, bar: false }),
      count<IdeaFigures>('提出人数', (f) => f.proposers),
      rate<IdeaFigures>('覆盖率', (f) => f.coverage),
    ],
    notes: () => ['覆盖率＝提出金点子的人数（按姓名去重）÷党员总数。'],
  },
});

export const goldenIdeas = {
  id: 'golden-ideas',
  name: '金点子登记表',
  sheetName: '金点子登记表',
  version: 1,
  source: '《市直机关开展“两学一创”活动工作方案》（焦直发〔2006〕6号）',
  frequency: 'once',
  instructions: [
    '开展“金点子”评选活动：机关干部每人至少为机关提出一个改革创新的“金点子”，每个金点子填写一行。',
    '提出人姓名请与名册一致，以便核对是否人人提出；同一人的同一题目只填写一行。',
    '被采纳并收到良好创新效果的，给予一定的奖励。“采纳成效”“奖励情况”在“是否采纳”为“是”时填写。',
  ],
  columns,
  rowRules: [
    rules.onlyWhen('effect', 'adopted', ['是'], 'warning'),
    rules.onlyWhen('reward', 'adopted', ['是'], 'warning'),
    rules.withinPeriod('proposedOn', 'warning'),
    rules.notAfterReportDate('proposedOn'),
  ],
  sheetRules: [
    coverage({
      of: 'members',
      missing: '金点子',
      id: 'coverage:member-proposed',
      describe: '名册中的每人至少提出1个金点子。',
      // 所在部门 is a department, not a 党支部, so it cannot tell namesakes apart.
      name: 'proposer',
    }),
    duplicateRows(columns, ['proposer', 'title']),
  ],
  derivedFields: [],
  derive: noDerived,
  defaults: {},
  summary,
  example: [
    { proposer: '张三', department: '办公室', title: '公文流转全程网办', content: '将内部公文流转改为线上审批，减少纸质传阅', proposedOn: '2026-03-10', adopted: '是', effect: '公文平均办理时间缩短一天', reward: '通报表扬' },
    { proposer: '李四', department: '投资处', title: '项目服务清单化', content: '为重点项目建立服务事项清单', proposedOn: '2026-04-02', adopted: '待定', effect: null, reward: null },
  ],
} satisfies TemplateDefinition;
