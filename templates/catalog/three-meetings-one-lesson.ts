import { z } from 'zod';
import type { RowValues, TemplateDefinition } from '../model/definition.ts';
import { choice, date, int, req, text } from '../model/columns.ts';
import { rowRulesFor } from '../rules/row-rules.ts';
import { duplicateRows } from '../rules/duplicates.ts';
import { minimumRows } from '../rules/minimum-rows.ts';
import { breakdownColumns, count, NO_DATA, rate } from '../summary/columns.ts';
import { breakdown as breakdownSchema, count as countSchema, rate as rateSchema } from '../summary/schema-core.ts';
import { defineSummary, type LineContext } from '../summary/spec.ts';
import { breakdown, bump, bumpValue, get, int as intOf, optionValues, ratio, type Tally } from '../summary/tally.ts';

/**
 * 三会一课记录台账 (DOMAIN §3.9; source 003: 严格落实“三会一课”制度): one row per
 * 支部党员大会, 支委会, 党小组会 or 党课, with attendance; how often each must be
 * held per half-year is the office's to set.
 */
export type ThreeMeetingsParams = {
  /** 支部党员大会 per half-year (quarterly). */
  minGeneralMeetings: number;
  /** 支委会 per half-year (monthly). */
  minCommitteeMeetings: number;
  /** 党课 per half-year (at least one a quarter). */
  minLectures: number;
};

const defaults: ThreeMeetingsParams = { minGeneralMeetings: 2, minCommitteeMeetings: 6, minLectures: 2 };

const columns = [
  req(choice('type', '会议类型', [
    ['支部党员大会', '党员大会', '支部大会', '党员大会会议'],
    ['支委会', '支部委员会', '支委会议', '支部委员会会议'],
    ['党小组会', '党小组会议', '小组会'],
    ['党课', '讲党课', '上党课'],
  ], { aliases: ['会议类别', '会议形式', '类型'], width: 13 })),
  req(date('date', '会议日期', { aliases: ['会议时间', '开会日期', '日期'] })),
  req(text('topic', '会议主题', { aliases: ['主题', '议题', '会议内容', '党课题目'], width: 30 })),
  req(text('host', '主持人', { aliases: ['主持人(授课人)', '授课人', '主讲人'], width: 12, hint: '党课填写授课人' })),
  req(int('expected', '应到人数', { aliases: ['应到', '应参会人数'], min: 1 })),
  req(int('attended', '实到人数', { aliases: ['实到', '实际参会人数', '参会人数'] })),
  text('absentees', '缺席人员及原因', { aliases: ['缺席人员', '缺席情况', '请假人员及原因'], width: 24, hint: '实到人数少于应到人数时填写' }),
  text('recorder', '记录人', { aliases: ['记录'], width: 10 }),
  text('remarks', '备注', { width: 16 }),
];

const rules = rowRulesFor<ThreeMeetingsParams>(columns);

const TYPES = optionValues(columns, 'type');
/** The types with a minimum, and the param holding it (党小组会 has none in DOMAIN). */
const REQUIRED: readonly { type: string; param: keyof ThreeMeetingsParams }[] = [
  { type: '支部党员大会', param: 'minGeneralMeetings' },
  { type: '支委会', param: 'minCommitteeMeetings' },
  { type: '党课', param: 'minLectures' },
];

const figuresSchema = z.object({
  /** Units whose ledger counts (a subtotal's: how many of its units sent one). */
  units: countSchema,
  meetings: countSchema,
  byType: breakdownSchema,
  expected: countSchema,
  attended: countSchema,
  /** Σ实到 ÷ Σ应到. */
  attendanceRate: rateSchema,
  /** Per required type, how many of the line's units held fewer than the minimum. */
  belowMinimum: breakdownSchema,
  unitsBelow: countSchema,
  /** 达到 / 未达到：支委会 4/6 for a unit; 未达到 n 个单位 for a subtotal; 无数据 when nothing was counted. */
  requirement: z.string(),
});
export type ThreeMeetingsFigures = z.infer<typeof figuresSchema>;

const overallShape = { minimums: z.record(z.string(), z.number()) };
const minimumsOf = (p: ThreeMeetingsParams): Record<string, number> => Object.fromEntries(REQUIRED.map((r) => [r.type, p[r.param]]));

function requirement(t: Tally, { head, params, counted }: LineContext<ThreeMeetingsParams>): string {
  if (counted === 0) return NO_DATA;
  if (head.kind === 'subtotal') return get(t, 'meet.unitsBelow') > 0 ? `未达到 ${get(t, 'meet.unitsBelow')} 个单位` : '达到';
  const short = REQUIRED.filter((r) => get(t, `meet.type.${r.type}`) < params[r.param]).map((r) => `${r.type} ${get(t, `meet.type.${r.type}`)}/${params[r.param]}`);
  return short.length > 0 ? `未达到：${short.join('、')}` : '达到';
}

/** 三会一课汇总: meetings by type, attendance, and who fell short of the frequency the office asks for. */
const summary = defineSummary({
  key: 'meetings',
  version: 1,
  schema: figuresSchema,
  count(rows, { t }) {
    bump(t, 'meet.units');
    for (const { values: v } of rows) {
      bump(t, 'meet.total');
      bumpValue(t, 'meet.type', v.type);
      bump(t, 'meet.expected', intOf(v.expected));
      bump(t, 'meet.attended', intOf(v.attended));
    }
  },
  // Judged per unit when the summary is built, so a subtotal counts units below the minimum and a changed param shows at once.
  judgeUnit(t, params: ThreeMeetingsParams) {
    if (get(t, 'meet.units') === 0) return;
    const short = REQUIRED.filter((r) => get(t, `meet.type.${r.type}`) < params[r.param]);
    for (const r of short) bump(t, `meet.below.${r.type}`);
    if (short.length > 0) bump(t, 'meet.unitsBelow');
  },
  figures: (t, line: LineContext<ThreeMeetingsParams>): ThreeMeetingsFigures => ({
    units: get(t, 'meet.units'),
    meetings: get(t, 'meet.total'),
    byType: breakdown(t, 'meet.type', TYPES),
    expected: get(t, 'meet.expected'),
    attended: get(t, 'meet.attended'),
    attendanceRate: ratio(get(t, 'meet.attended'), get(t, 'meet.expected')),
    belowMinimum: breakdown(t, 'meet.below', REQUIRED.map((r) => r.type)),
    unitsBelow: get(t, 'meet.unitsBelow'),
    requirement: requirement(t, line),
  }),
  overall: { schema: overallShape, of: (_total, { params }) => ({ minimums: minimumsOf(params) }) },
  sheet: {
    name: '三会一课汇总', title: '“三会一课”汇总',
    columns: [
      ...breakdownColumns<ThreeMeetingsFigures>('会议次数', TYPES, (f) => f.byType),
      count<ThreeMeetingsFigures>('合计', (f) => f.meetings, { group: '会议次数' }),
      count<ThreeMeetingsFigures>('应到人次', (f) => f.expected, { width: 10 }),
      count<ThreeMeetingsFigures>('实到人次', (f) => f.attended, { width: 10 }),
      rate<ThreeMeetingsFigures>('出席率', (f) => f.attendanceRate, { chart: '各单位“三会一课”出席率' }),
      ...REQUIRED.map((r) => count<ThreeMeetingsFigures>(r.type, (f) => f.belowMinimum[r.type] ?? 0, { group: '未达到次数要求的单位数', width: 12, alert: 'positive' })),
      { header: '未达到次数要求', kind: 'state', width: 26, alert: [{ text: '未达到', level: 'red' }], value: (l) => l.f.requirement },
    ],
    notes: (s) => [
      `次数要求（每半年）：${REQUIRED.map((r) => `${r.type}不少于${s.minimums[r.type]}次`).join('、')}；出席率＝实到人次÷应到人次。`,
      '“未达到次数要求的单位数”在单位行为 0 或 1，在小计和合计行为下属单位中未达到要求的个数；未报送的单位不计入。',
    ],
  },
});

export const threeMeetingsOneLesson = {
  id: 'three-meetings-one-lesson',
  name: '三会一课记录台账',
  sheetName: '三会一课记录台账',
  version: 1,
  source: '《关于建立健全创先争优长效机制的通知》：严格落实“三会一课”制度',
  frequency: 'semiannual',
  instructions: [
    '严格落实“三会一课”制度：每召开一次支部党员大会、支委会、党小组会，或上一次党课，填写一行。',
    '每半年（默认）支部党员大会不少于2次（每季度1次），支委会不少于6次（每月1次），党课不少于2次（每季度至少1次）；次数不足的给出提醒，具体要求以机关党委设置为准。',
    '会议日期应在本报送期次之内；党课的“主持人”填写授课人。',
    '实到人数不能多于应到人数；实到人数少于应到人数时，请在“缺席人员及原因”中写明缺席人员及原因。',
    '同一类型的会议同一天只登记一次。每年7月中旬报送上半年台账，次年1月中旬报送下半年台账。',
  ],
  columns,
  rowRules: [
    rules.withinPeriod('date', 'error'),
    rules.notAfterReportDate('date'),
    rules.notGreater('attended', 'expected'),
    rules.requiredWhenLess('absentees', 'attended', 'expected'),
  ],
  sheetRules: [
    duplicateRows(columns, ['type', 'date']),
    ...REQUIRED.map((r) => minimumRows<ThreeMeetingsParams>(columns, { column: 'type', value: r.type, param: r.param }, defaults[r.param])),
  ],
  derivedFields: [{ key: 'attendanceRate', label: '出席率', type: 'percent' }],
  derive: (row: RowValues) => ({
    attendanceRate: typeof row.attended === 'number' && typeof row.expected === 'number' && row.expected > 0 ? row.attended / row.expected : null,
  }),
  defaults,
  paramSpec: {
    ranges: {
      minGeneralMeetings: { label: '半年内支部党员大会最少次数', min: 0, max: 100, integer: true },
      minCommitteeMeetings: { label: '半年内支委会最少次数', min: 0, max: 100, integer: true },
      minLectures: { label: '半年内党课最少次数', min: 0, max: 100, integer: true },
    },
  },
  summary,
  // A branch that held its 支部党员大会 and 党课 but only four 支委会: valid, with one frequency warning.
  example: [
    { type: '支部党员大会', date: '2026-01-15', topic: '传达学习上级会议精神', host: '王芳', expected: 12, attended: 12, absentees: null, recorder: '李四', remarks: null },
    { type: '支委会', date: '2026-01-08', topic: '研究年度党建工作计划', host: '王芳', expected: 5, attended: 5, absentees: null, recorder: '李四', remarks: null },
    { type: '支委会', date: '2026-02-10', topic: '研究发展党员工作', host: '王芳', expected: 5, attended: 4, absentees: '张三（出差）', recorder: '李四', remarks: null },
    { type: '支委会', date: '2026-03-12', topic: '研究承诺践诺事项', host: '王芳', expected: 5, attended: 5, absentees: null, recorder: '李四', remarks: null },
    { type: '党课', date: '2026-03-20', topic: '学习党章 争做合格党员', host: '王芳', expected: 12, attended: 11, absentees: '赵六（病假）', recorder: '李四', remarks: null },
    { type: '党小组会', date: '2026-04-09', topic: '开展批评与自我批评', host: '张三', expected: 6, attended: 6, absentees: null, recorder: '赵六', remarks: null },
    { type: '支委会', date: '2026-04-14', topic: '研究群众评议整改', host: '王芳', expected: 5, attended: 5, absentees: null, recorder: '李四', remarks: null },
    { type: '支部党员大会', date: '2026-05-20', topic: '民主评议党员', host: '王芳', expected: 12, attended: 10, absentees: '赵六（病假）、孙七（出差）', recorder: '李四', remarks: null },
    { type: '党课', date: '2026-06-18', topic: '弘扬优良作风', host: '机关党委书记李明', expected: 12, attended: 12, absentees: null, recorder: '李四', remarks: null },
  ],
} satisfies TemplateDefinition<ThreeMeetingsParams>;
