import { addDays } from './periods.ts';
import { monthEnd } from './dates.ts';
import type { RowContext, SeedRow } from './types.ts';

/** Member pledges: [承诺类别, 承诺事项, 践诺措施]; each has a number or a frequency, as source 003 requires. */
const MEMBER_PLEDGES: readonly (readonly [string, string, string])[] = [
  ['服务承诺', '办结群众来信来电30件，办结率达到100%', '专人登记、限时办结、逐件回访'],
  ['服务承诺', '每月走访联系企业2家，收集问题建议不少于5条', '建立走访台账，问题建议按周汇总'],
  ['实事承诺', '为结对社区困难家庭办实事2件', '结对帮扶，每月上门1次'],
  ['服务承诺', '完成专题调研报告2篇', '赴区县开展蹲点调研，形成调研报告'],
  ['服务承诺', '审核投资项目备案40个，当日办结率达到95%', '推行网上办理、容缺受理'],
  ['实事承诺', '参加社区志愿服务活动4次', '利用周末参加“双报到”志愿服务'],
  ['服务承诺', '撰写政策解读文章3篇', '围绕新出台政策开展解读宣传'],
  ['服务承诺', '公文办理零差错', '落实三级校核制度'],
  ['实事承诺', '为基层单位开展业务培训2场', '编写培训讲义，组织集中授课'],
  ['服务承诺', '每季度讲党课1次', '结合业务工作备课，支部集中学习时讲授'],
];

/** Slogans without a target: what the office sends back (row/not-measurable). */
const VAGUE_PLEDGES = ['进一步提高服务质量', '加强政治理论学习，提升业务能力', '切实改进工作作风'];

/** 承诺践诺台账: the unit's two organisational pledges, then one pledge per member. */
export function pledgeRows({ unit, period, fillDate, variant, random }: RowContext): SeedRow[] {
  const branch = unit.name;
  const periodEnd = monthEnd(period.start, 5);
  const progress = (deadline: string, overdue = false): Pick<SeedRow, 'status' | 'completedOn' | 'rating'> => {
    if (deadline < fillDate && !overdue) {
      const done = addDays(deadline, -random.int(0, 20));
      return { status: '已完成', completedOn: done < period.start ? period.start : done, rating: random.pick(['满意', '满意', '满意', '基本满意']) };
    }
    return { status: overdue || deadline < addDays(fillDate, 60) ? '推进中' : '未开始', completedOn: null, rating: null };
  };
  const rows: SeedRow[] = [
    { subjectType: '党组织', pledger: branch, branch, category: '实事承诺', pledge: '为结对社区办实事3件', measures: '与结对社区共建，逐件落实、逐件销号', deadline: periodEnd, ...progress(periodEnd) },
    { subjectType: '党组织', pledger: branch, branch, category: '服务承诺', pledge: '窗口服务群众满意率不低于95%', measures: '推行首问负责、一次性告知', deadline: periodEnd, ...progress(periodEnd) },
  ];
  unit.members.forEach((member, i) => {
    const [category, pledge, measures] = MEMBER_PLEDGES[(i + random.int(0, 2)) % MEMBER_PLEDGES.length]!;
    // The third member's pledge fell due two months into the period and is still open: an overdue pledge.
    const overdue = i === 2;
    const deadline = overdue ? monthEnd(period.start, 2) : monthEnd(period.start, random.int(1, 5));
    const vague = variant === 'vague' && i < VAGUE_PLEDGES.length;
    rows.push({ subjectType: '党员', pledger: member.name, branch, category, pledge: vague ? VAGUE_PLEDGES[i]! : pledge, measures, deadline, ...progress(deadline, overdue) });
  });
  // A typical slip: marked 已完成 without the date it was done (row/required-when).
  if (variant === 'errors') Object.assign(rows[3]!, { status: '已完成', completedOn: null });
  return rows.map((r, i) => ({ seq: i + 1, ...r, remarks: null }));
}

const RECTIFICATIONS: readonly (readonly [string, string, string])[] = [
  ['群众评议', '个别窗口办事流程较繁琐，群众反映需多次跑腿', '梳理办事事项清单，推行一次性告知和容缺受理'],
  ['领导点评', '支部“三会一课”记录不够规范', '统一会议记录模板，支委会逐月检查'],
  ['督查检查', '承诺践诺公示不及时', '承诺书签订后5个工作日内在党务公开栏公示'],
  ['自查', '党员学习教育参学率偏低', '建立学习签到和补学制度，每月通报参学情况'],
];

/** 整改台账: one closed and verified item, one closed awaiting verification, one open, and one past its deadline. */
export function rectificationRows({ unit, period, fillDate, random }: RowContext): SeedRow[] {
  const person = (i: number): string => unit.members[i % unit.members.length]!.name;
  const notAfter = (day: string): string => (day > fillDate ? fillDate : day);
  return RECTIFICATIONS.map(([origin, problem, measures], i): SeedRow => {
    const base = { origin, problem, measures, responsibleUnit: unit.name, responsiblePerson: person(i), remarks: null };
    if (i === 0) {
      const deadline = monthEnd(period.start, 1);
      return { ...base, deadline, status: '已整改', completedOn: notAfter(addDays(deadline, -random.int(1, 10))), verification: '通过' };
    }
    if (i === 1) {
      const deadline = monthEnd(period.start, 2);
      return { ...base, deadline, status: '已整改', completedOn: notAfter(addDays(deadline, -random.int(1, 10))), verification: '未复验' };
    }
    if (i === 2) return { ...base, deadline: addDays(fillDate, 45), status: '整改中', completedOn: null, verification: '未复验' };
    // Still open after its deadline: the summary lists it as overdue.
    return { ...base, deadline: addDays(fillDate, -12), status: '整改中', completedOn: null, verification: null, remarks: '正在研究长效机制' };
  });
}
