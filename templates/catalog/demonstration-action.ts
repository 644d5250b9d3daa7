import { z } from 'zod';
import { noDerived, type TemplateDefinition } from '../model/definition.ts';
import { choice, date, int, percent, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { duplicateRows } from '../rules/duplicates.ts';
import { breakdownColumns, denominator, judged, met, NOT_MET } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema } from '../summary/schema-core.ts';
import { defineSummary, type LineContext, type SheetColumn, type TreeLine } from '../summary/spec.ts';
import { breakdown, bump, get, optionValues, quotaOf, type Tally } from '../summary/tally.ts';

/** 共产党员示范行动台账 (source 004). */
export type DemonstrationParams = {
  /** 示范岗 ≥ this share of the unit's members. */
  postQuota: number;
  /** 示范团队 ≥ this share of the unit's internal teams. */
  teamQuota: number;
  /** 示范单位 ≥ this share of all units. */
  unitQuota: number;
  /** 示范行业: between sectorMin and sectorMax in all. */
  sectorMin: number;
  sectorMax: number;
};

const columns = [
  req(choice('kind', '示范类型', [
    ['示范岗', '共产党员示范岗', '党员示范岗', '示范岗位'],
    ['示范团队', '共产党员示范团队', '党员示范团队'],
    ['示范单位', '共产党员示范单位', '党员示范单位'],
    ['示范行业', '共产党员示范行业', '党员示范行业'],
  ], { aliases: ['类型', '示范类别'] })),
  req(text('name', '名称', { aliases: ['示范名称', '示范岗（团队、单位、行业）名称', '示范对象名称'], width: 24 })),
  req(text('department', '所属部门(单位)', { aliases: ['所属部门', '所属单位', '部门(单位)', '所在单位', '所在部门'], width: 18 })),
  req(text('leader', '负责人或党员', { aliases: ['负责人/党员', '负责人', '党员姓名', '负责人或党员姓名'], width: 12 })),
  int('teamMembers', '团队党员数', { aliases: ['团队党员人数', '党员人数', '党员数'], hint: '仅示范团队填写' }),
  req(date('appliedOn', '申报日期', { aliases: ['申报时间'] })),
  percent('satisfactionRate', '群众评议满意率', { aliases: ['群众评议满意率(%)', '满意率', '群众满意率', '满意率(%)'] }),
  date('publicityStart', '公示开始', { aliases: ['公示开始日期', '公示起始日期', '公示开始时间'] }),
  date('publicityEnd', '公示结束', { aliases: ['公示结束日期', '公示截止日期', '公示结束时间'] }),
  req(choice('status', '命名状态', [
    ['初评推荐', '初评', '推荐', '已推荐'],
    ['已命名', '命名', '已授牌'],
    ['限期整改', '整改'],
    ['取消命名', '已取消命名', '撤销命名'],
  ], { aliases: ['状态'] })),
  date('namedOn', '命名日期', { aliases: ['命名时间', '授牌日期'] }),
];

const rules = rowRulesFor<DemonstrationParams>(columns);

const KINDS = optionValues(columns, 'kind');
const STATUSES = optionValues(columns, 'status');
const TOTAL = '合计';
/**
 * Only 已命名 counts towards a quota: 初评推荐 is not yet named, 限期整改 is on
 * probation and may lose the title, 取消命名 has lost it.
 */
const QUOTA_STATUS = '已命名';
const namedOf = (t: Tally, kind: string): number => get(t, `demo.${kind}.${QUOTA_STATUS}`);

/** `met` is null where nothing of this ledger was counted: no judgement without a report. */
const quotaSchema = z.object({ named: countSchema, required: countSchema, met: z.boolean().nullable() });
const figuresSchema = z.object({
  /** 示范类型 → 命名状态 → count, plus a `合计` status per kind. */
  byKind: z.record(z.string(), breakdownSchema),
  /** 示范岗 (已命名) against ceil(postQuota × 党员总数). */
  posts: quotaSchema,
  /** 示范团队 (已命名) against ceil(teamQuota × 内设团队数). */
  teams: quotaSchema,
});
export type DemonstrationFigures = z.infer<typeof figuresSchema>;
type Quota = z.infer<typeof quotaSchema>;

const overallShape = {
  quotas: z.record(z.string(), z.number()),
  /** 示范单位 (已命名) across units against ceil(unitQuota × reporting units). */
  units: quotaSchema,
  /** 示范行业 (已命名) in all, between sectorMin and sectorMax. */
  sectors: z.object({ named: countSchema, min: z.number(), max: z.number(), met: z.boolean().nullable() }),
};
type Overall = z.infer<z.ZodObject<typeof overallShape>>;

const quotaColumns = (group: string, required: string, width: number, pick: (f: DemonstrationFigures) => Quota): SheetColumn<TreeLine<DemonstrationFigures>>[] => [
  { header: required, group, kind: 'count', width, value: (l) => pick(l.f).required },
  { header: QUOTA_STATUS, group, kind: 'count', width: 9, value: (l) => pick(l.f).named },
  { header: '是否达标', group, kind: 'state', width: 9, alert: NOT_MET, value: (l) => met(pick(l.f).met) },
];
const pct = (x: number | undefined) => `${Math.round((x ?? 0) * 1000) / 10}%`;

/** 示范行动汇总 (DOMAIN §4.5): counts by kind and status, quotas per unit and across units. */
const summary = defineSummary({
  key: 'demonstration',
  version: 1,
  schema: figuresSchema,
  count(rows, { t }) {
    for (const { values: v } of rows) {
      if (typeof v.kind !== 'string' || typeof v.status !== 'string') continue;
      bump(t, `demo.${v.kind}.${v.status}`);
      bump(t, `demo.${v.kind}.${TOTAL}`);
    }
  },
  figures(t, { head, params: q, counted }: LineContext<DemonstrationParams>): DemonstrationFigures {
    const posts = namedOf(t, '示范岗');
    const teams = namedOf(t, '示范团队');
    const postsRequired = quotaOf(q.postQuota, head.members);
    const teamsRequired = quotaOf(q.teamQuota, head.teams);
    return {
      byKind: Object.fromEntries(KINDS.map((k) => [k, breakdown(t, `demo.${k}`, [...STATUSES, TOTAL])])),
      posts: { named: posts, required: postsRequired, met: judged(counted, posts >= postsRequired) },
      teams: { named: teams, required: teamsRequired, met: judged(counted, teams >= teamsRequired) },
    };
  },
  overall: {
    schema: overallShape,
    of(total, { params: q, reportingUnits, counted }): Overall {
      const unitsNamed = namedOf(total, '示范单位');
      const unitsRequired = quotaOf(q.unitQuota, reportingUnits);
      const sectorsNamed = namedOf(total, '示范行业');
      return {
        quotas: { ...q },
        units: { named: unitsNamed, required: unitsRequired, met: judged(counted, unitsNamed >= unitsRequired) },
        sectors: { named: sectorsNamed, min: q.sectorMin, max: q.sectorMax, met: judged(counted, sectorsNamed >= q.sectorMin && sectorsNamed <= q.sectorMax) },
      };
    },
  },
  sheet: {
    name: '示范行动汇总', title: '共产党员示范行动汇总',
    columns: [
      ...KINDS.flatMap((k) => breakdownColumns<DemonstrationFigures>(k, [...STATUSES, TOTAL], (f) => f.byKind[k] ?? {})),
      denominator<DemonstrationFigures>('党员总数', 'members'),
      ...quotaColumns('示范岗比例', '示范岗应有', 10, (f) => f.posts),
      denominator<DemonstrationFigures>('内设团队数', 'teams'),
      ...quotaColumns('示范团队比例', '示范团队应有', 12, (f) => f.teams),
    ],
    notes: (d, totals) => [
      `比例核对只计“已命名”的示范对象（初评推荐、限期整改、取消命名的不计），向上取整：示范岗不少于党员总数的${pct(d.quotas.postQuota)}，示范团队不少于内设团队数的${pct(d.quotas.teamQuota)}。`,
      `示范单位：已命名 ${d.units.named} 个，应不少于报送单位数（${totals.reportingUnits}）的${pct(d.quotas.unitQuota)}即 ${d.units.required} 个 —— ${met(d.units.met)}。`,
      `示范行业：已命名 ${d.sectors.named} 个，应为 ${d.sectors.min}—${d.sectors.max} 个 —— ${met(d.sectors.met)}。`,
    ],
  },
});

export const demonstrationAction = {
  id: 'demonstration-action',
  name: '共产党员示范行动台账',
  sheetName: '共产党员示范行动台账',
  version: 1,
  source: '《“两学一做”学习教育中开展“共产党员示范行动”实施方案》（市直机关）',
  frequency: 'once',
  instructions: [
    '“共产党员示范行动”包括示范岗、示范团队、示范单位、示范行业四类，每个示范对象填写一行。',
    '评选命名按照个人（单位）申报、群众评议、公开公示、组织确定、命名授牌等程序进行：申报日期 ≤ 公示开始 ≤ 公示结束 ≤ 命名日期；已命名的须填写群众评议满意率、公示起止日期和命名日期。',
    '团队党员数只在示范类型为“示范团队”时填写。',
    '示范岗比例原则上不低于单位党员总数的10%，示范团队不低于所属团队总数的10%；示范单位按部门（单位）总数10%以上确定，示范行业确定2—3个（以当期通知为准，汇总时核对）。',
    '对示范作用不明显、群众意见多的示范对象实行限期整改，整改不合格的取消命名，请及时更新命名状态。',
    '各部门（单位）于6月20日前将台账以电子文档报送市直工委组织科。',
    '本期示范行动确无变化的，在基本信息“本期无示范行动变化”右侧选择“是”，数据行留空；空表未作此声明的不能报送。',
  ],
  columns,
  rowRules: [
    rules.requiredWhen('satisfactionRate', 'status', ['已命名']),
    rules.requiredWhen('publicityStart', 'status', ['已命名']),
    rules.requiredWhen('publicityEnd', 'status', ['已命名']),
    rules.requiredWhen('namedOn', 'status', ['已命名']),
    // Filled for a 示范岗 it is harmless noise, not a wrong figure: warn.
    rules.onlyWhen('teamMembers', 'kind', ['示范团队'], 'warning'),
    rules.requiredWhen('teamMembers', 'kind', ['示范团队'], 'warning'),
    rules.dateOrder(['appliedOn', 'publicityStart', 'publicityEnd', 'namedOn']),
    rules.notAfterReportDate('appliedOn'),
    rules.notAfterReportDate('namedOn'),
  ],
  sheetRules: [duplicateRows(columns, ['kind', 'name'])],
  derivedFields: [],
  derive: noDerived,
  // Quotas are checked by the summary (round up); they live here so the admin overrides them in one place.
  defaults: { postQuota: 0.1, teamQuota: 0.1, unitQuota: 0.1, sectorMin: 2, sectorMax: 3 },
  paramSpec: {
    ranges: {
      postQuota: { label: '示范岗比例（占党员总数）', min: 0, max: 1 },
      teamQuota: { label: '示范团队比例（占内设团队数）', min: 0, max: 1 },
      unitQuota: { label: '示范单位比例（占单位数）', min: 0, max: 1 },
      sectorMin: { label: '示范行业最少个数', min: 0, max: 100, integer: true },
      sectorMax: { label: '示范行业最多个数', min: 0, max: 100, integer: true },
    },
    orders: [{ lower: 'sectorMin', upper: 'sectorMax' }],
  },
  nilReturn: { label: '本期无示范行动变化' },
  summary,
  example: [
    { kind: '示范岗', name: '政务服务窗口岗', department: '办公室', leader: '张三', teamMembers: null, appliedOn: '2026-03-01', satisfactionRate: 0.96, publicityStart: '2026-04-01', publicityEnd: '2026-04-07', status: '已命名', namedOn: '2026-04-20' },
    { kind: '示范团队', name: '项目服务团队', department: '投资处', leader: '李四', teamMembers: 6, appliedOn: '2026-03-05', satisfactionRate: null, publicityStart: null, publicityEnd: null, status: '初评推荐', namedOn: null },
  ],
} satisfies TemplateDefinition<DemonstrationParams>;
