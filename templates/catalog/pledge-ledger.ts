import { z } from 'zod';
import type { TemplateDefinition, RowValues, ValidationContext } from '../model/definition.ts';
import { choice, date, int, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { measurablePledge } from '../rules/measurable.ts';
import { branchCoverage, memberCoverage, knownBranch } from '../rules/coverage.ts';
import { nameKey } from '../rules/name-key.ts';
import { breakdownColumns, count, denominator, field, rate } from '../summary/columns.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio, text as textOf } from '../summary/tally.ts';
import { count as countSchema, breakdown as breakdownSchema, rate as rateSchema } from '../summary/schema-core.ts';
import { defineList, defineSummary } from '../summary/spec.ts';

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

const SUBJECTS = optionValues(columns, 'subjectType');
const CATEGORIES = optionValues(columns, 'category');
const STATUSES = optionValues(columns, 'status');

const figuresSchema = z.object({
  pledges: countSchema,
  bySubject: breakdownSchema,
  byCategory: breakdownSchema,
  byStatus: breakdownSchema,
  overdue: countSchema,
  completionRate: rateSchema,
  /** Distinct 党员 pledgers (by branch and name) over the row's units. */
  memberPledgers: countSchema,
  memberCoverage: rateSchema,
});
export type PledgeFigures = z.infer<typeof figuresSchema>;

const overdueItem = { pledger: z.string(), subjectType: z.string(), branch: z.string(), pledge: z.string(), deadline: z.string(), status: z.string() };
type OverduePledge = { [k in keyof typeof overdueItem]: string };

/** 承诺践诺汇总 (DOMAIN §4.2) and 逾期承诺清单. */
const summary = defineSummary({
  key: 'pledges',
  version: 1,
  schema: figuresSchema,
  count(rows, out) {
    const { t } = out;
    // Same name in two branches is two people; the branch is part of who pledged.
    const pledgers = new Set<string>();
    for (const { row, values: v, derived } of rows) {
      bump(t, 'pledge.total');
      bumpValue(t, 'pledge.subject', v.subjectType);
      bumpValue(t, 'pledge.category', v.category);
      bumpValue(t, 'pledge.status', v.status);
      if (v.subjectType === '党员' && typeof v.pledger === 'string') pledgers.add(`${nameKey(textOf(v.branch))}|${nameKey(v.pledger)}`);
      if (derived.overdue === true) {
        bump(t, 'pledge.overdue');
        out.list('overduePledges', {
          row, pledger: textOf(v.pledger), subjectType: textOf(v.subjectType), branch: textOf(v.branch),
          pledge: textOf(v.pledge), deadline: textOf(v.deadline), status: textOf(v.status),
        });
      }
    }
    bump(t, 'pledge.memberPledgers', pledgers.size);
  },
  figures(t, { head }): PledgeFigures {
    const pledges = get(t, 'pledge.total');
    const memberPledgers = get(t, 'pledge.memberPledgers');
    return {
      pledges,
      bySubject: breakdown(t, 'pledge.subject', SUBJECTS),
      byCategory: breakdown(t, 'pledge.category', CATEGORIES),
      byStatus: breakdown(t, 'pledge.status', STATUSES),
      overdue: get(t, 'pledge.overdue'),
      completionRate: ratio(get(t, 'pledge.status.已完成'), pledges),
      memberPledgers,
      memberCoverage: ratio(memberPledgers, head.members),
    };
  },
  lists: {
    overduePledges: defineList<OverduePledge>({
      sheet: '逾期承诺清单', title: '逾期承诺清单', item: overdueItem,
      columns: [
        field('承诺单位或承诺人', 16, (r) => r.pledger),
        field('承诺主体', 9, (r) => r.subjectType),
        field('所在党支部', 16, (r) => r.branch),
        field('承诺事项', 40, (r) => r.pledge),
        field('完成时限', 12, (r) => r.deadline),
        field('完成情况', 10, (r) => r.status, { kind: 'state', alert: [{ text: '未', level: 'red' }] }),
      ],
    }),
  },
  sheet: {
    name: '承诺践诺汇总', title: '承诺践诺汇总',
    columns: [
      denominator<PledgeFigures>('党员总数', 'members'),
      count<PledgeFigures>('承诺总数', (f) => f.pledges),
      ...breakdownColumns<PledgeFigures>('承诺主体', SUBJECTS, (f) => f.bySubject),
      ...breakdownColumns<PledgeFigures>('承诺类别', CATEGORIES, (f) => f.byCategory),
      ...breakdownColumns<PledgeFigures>('完成情况', STATUSES, (f) => f.byStatus),
      count<PledgeFigures>('逾期', (f) => f.overdue, { alert: 'positive' }),
      rate<PledgeFigures>('完成率', (f) => f.completionRate, { chart: '各单位承诺完成率' }),
      count<PledgeFigures>('承诺党员数', (f) => f.memberPledgers, { width: 11 }),
      rate<PledgeFigures>('党员覆盖率', (f) => f.memberCoverage),
    ],
    notes: () => ['完成率＝已完成÷承诺总数；党员覆盖率＝作出承诺的党员人数（按党支部和姓名去重）÷党员总数；逾期＝完成时限早于该台账的填报日期（未填则为报送日期）且未完成，与生成汇总的日期无关。'],
  },
});

export const pledgeLedger = {
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
  summary,
  example: [
    { seq: 1, subjectType: '党组织', pledger: '第一党支部', branch: '第一党支部', category: '实事承诺', pledge: '为结对社区办实事5件', measures: '与社区结对共建，每季度走访', deadline: '2026-06-30', status: '已完成', completedOn: '2026-06-15', rating: '满意', remarks: null },
    { seq: 2, subjectType: '党员', pledger: '张三', branch: '第一党支部', category: '服务承诺', pledge: '办结群众来信30件', measures: '每周集中处理来信', deadline: '2026-05-31', status: '推进中', completedOn: null, rating: null, remarks: null },
  ],
} satisfies TemplateDefinition;
