import { z } from 'zod';
import type { RowRule, RowValues, TemplateDefinition, ValidationContext } from '../model/definition.ts';
import { choice, date, req, text } from '../model/columns.ts';
import { find, rowRulesFor } from '../rules/row-rules.ts';
import { breakdownColumns, count, field, rate } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema, rate as rateSchema } from '../summary/schema-core.ts';
import { defineList, defineSummary } from '../summary/spec.ts';
import { breakdown, bump, bumpValue, get, optionValues, ratio, text as textOf } from '../summary/tally.ts';

/** 整改台账 (sources 001, 003). */
const columns = [
  req(choice('origin', '问题来源', [
    ['群众评议', '群众评议意见', '民主评议'],
    ['领导点评', '点评'],
    ['督查检查', '督查', '检查', '监督检查', '抽查', '督导检查'],
    ['自查', '自查自纠', '自我检查'],
  ], { aliases: ['来源', '问题来源渠道'] })),
  req(text('problem', '问题描述', { aliases: ['存在问题', '问题', '问题内容', '主要问题'], width: 36 })),
  req(text('measures', '整改措施', { aliases: ['整改举措', '整改办法'], width: 30 })),
  req(text('responsibleUnit', '责任单位', { aliases: ['责任部门', '责任支部', '责任处室'], width: 16 })),
  req(text('responsiblePerson', '责任人', { aliases: ['整改责任人', '负责人'], width: 10 })),
  req(date('deadline', '整改时限', { aliases: ['整改期限', '完成时限', '整改完成时限'] })),
  req(choice('status', '整改状态', [
    ['整改中', '正在整改', '推进中'],
    ['已整改', '整改完成', '已完成', '完成', '已办结'],
    ['逾期未改', '逾期', '逾期未整改', '超期未改'],
  ], { aliases: ['整改情况', '整改进展'] })),
  date('completedOn', '完成日期', { aliases: ['整改完成日期', '实际完成日期', '完成时间'] }),
  choice('verification', '复验结果', [
    ['通过', '复验通过', '合格'],
    ['未通过', '不通过', '复验未通过', '不合格'],
    ['未复验', '待复验', '尚未复验'],
  ], { aliases: ['复验情况', '复验'] }),
  text('remarks', '备注', { width: 16 }),
];

const rules = rowRulesFor(columns);

/**
 * 通过/未通过 can only follow 已整改: the office re-inspects finished work (source 003,
 * “对整改情况进行复验”). 未复验 is allowed in any state: it is true of every open item,
 * and templates pre-filled with 未复验 must not raise a warning on each row.
 */
const verifiedOnlyWhenRectified: RowRule = {
  id: 'only-when:verification',
  describe: '只有“整改状态”为“已整改”时，“复验结果”才能填写“通过”或“未通过”；尚未复验的可填“未复验”。',
  check: (row) =>
    (row.verification === '通过' || row.verification === '未通过') && row.status !== '已整改'
      ? [find('row/forbidden-when', 'error', 'verification', { other: '整改状态', otherValue: row.status ?? '', allowed: '已整改' })]
      : [],
};

const ORIGINS = optionValues(columns, 'origin');
const STATUSES = optionValues(columns, 'status');
const VERIFICATIONS = optionValues(columns, 'verification');

const figuresSchema = z.object({
  items: countSchema,
  byOrigin: breakdownSchema,
  byStatus: breakdownSchema,
  byVerification: breakdownSchema,
  overdue: countSchema,
  rectifiedRate: rateSchema,
});
export type RectificationFigures = z.infer<typeof figuresSchema>;

const overdueItem = {
  origin: z.string(), problem: z.string(), responsibleUnit: z.string(), responsiblePerson: z.string(), deadline: z.string(), status: z.string(),
};
type OverdueRectification = { [k in keyof typeof overdueItem]: string };

/** 整改汇总 (DOMAIN §4.6) and 逾期整改清单. */
const summary = defineSummary({
  key: 'rectification',
  version: 1,
  schema: figuresSchema,
  count(rows, out) {
    const { t } = out;
    for (const { row, values: v, derived } of rows) {
      bump(t, 'rect.items');
      bumpValue(t, 'rect.origin', v.origin);
      bumpValue(t, 'rect.status', v.status);
      bumpValue(t, 'rect.verification', v.verification);
      if (derived.overdue === true) {
        bump(t, 'rect.overdue');
        out.list('overdueRectifications', {
          row, origin: textOf(v.origin), problem: textOf(v.problem), responsibleUnit: textOf(v.responsibleUnit),
          responsiblePerson: textOf(v.responsiblePerson), deadline: textOf(v.deadline), status: textOf(v.status),
        });
      }
    }
  },
  figures: (t): RectificationFigures => ({
    items: get(t, 'rect.items'),
    byOrigin: breakdown(t, 'rect.origin', ORIGINS),
    byStatus: breakdown(t, 'rect.status', STATUSES),
    byVerification: breakdown(t, 'rect.verification', VERIFICATIONS),
    overdue: get(t, 'rect.overdue'),
    rectifiedRate: ratio(get(t, 'rect.status.已整改'), get(t, 'rect.items')),
  }),
  lists: {
    overdueRectifications: defineList<OverdueRectification>({
      sheet: '逾期整改清单', title: '逾期整改清单', item: overdueItem,
      columns: [
        field('问题来源', 10, (r) => r.origin),
        field('问题描述', 40, (r) => r.problem),
        field('责任单位', 16, (r) => r.responsibleUnit),
        field('责任人', 10, (r) => r.responsiblePerson),
        field('整改时限', 12, (r) => r.deadline),
        field('整改状态', 10, (r) => r.status),
      ],
    }),
  },
  sheet: {
    name: '整改汇总', title: '整改汇总',
    columns: [
      count<RectificationFigures>('问题总数', (f) => f.items),
      ...breakdownColumns<RectificationFigures>('问题来源', ORIGINS, (f) => f.byOrigin),
      ...breakdownColumns<RectificationFigures>('整改状态', STATUSES, (f) => f.byStatus),
      ...breakdownColumns<RectificationFigures>('复验结果', VERIFICATIONS, (f) => f.byVerification),
      count<RectificationFigures>('逾期', (f) => f.overdue, { alert: 'positive' }),
      rate<RectificationFigures>('整改完成率', (f) => f.rectifiedRate),
    ],
  },
});

export const rectificationLedger = {
  id: 'rectification-ledger',
  name: '整改台账',
  sheetName: '整改台账',
  version: 1,
  source: '《关于建立健全创先争优长效机制的通知》；《深入开展创先争优活动实施方案》',
  frequency: 'semiannual',
  instructions: [
    '对群众评议、领导点评、督查检查和自查中发现的问题逐条登记，一个问题填写一行，跟踪整改到位。',
    '要深入查找原因，落实整改责任，制定整改措施，明确责任单位、责任人和整改时限。',
    '整改完成后将整改状态改为“已整改”并填写完成日期；上级党组织对整改情况进行复验，复验后填写“通过”或“未通过”，尚未复验的填写“未复验”。',
    '超过整改时限仍未整改完成的，系统标记为逾期，并在汇总表中列出。',
    '本期确无整改事项的，在基本信息“本期无整改事项”右侧选择“是”，数据行留空；空表未作此声明的不能报送。',
  ],
  columns,
  rowRules: [
    rules.requiredWhen('completedOn', 'status', ['已整改']),
    rules.notAfterReportDate('completedOn'),
    verifiedOnlyWhenRectified,
  ],
  sheetRules: [],
  derivedFields: [{ key: 'overdue', label: '是否逾期', type: 'boolean' }],
  derive: (row: RowValues, ctx: ValidationContext) => ({
    overdue: typeof row.deadline === 'string' && row.deadline < ctx.reportDate && row.status !== '已整改',
  }),
  defaults: {},
  nilReturn: { label: '本期无整改事项' },
  summary,
  example: [
    { origin: '群众评议', problem: '为群众办实事偏少', measures: '制定为民办实事清单', responsibleUnit: '第一党支部', responsiblePerson: '王芳', deadline: '2026-05-31', status: '已整改', completedOn: '2026-05-20', verification: '通过', remarks: null },
    { origin: '自查', problem: '党费收缴台账不完整', measures: '逐月补齐台账', responsibleUnit: '第一党支部', responsiblePerson: '张三', deadline: '2026-06-15', status: '整改中', completedOn: null, verification: '未复验', remarks: null },
  ],
} satisfies TemplateDefinition;
