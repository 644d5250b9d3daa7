import type {
  DemonstrationFigures, EvaluationFigures, GradingFigures, IdeaFigures, PledgeFigures, RectificationFigures, ReviewFigures, Summary,
} from '../summary/schema.ts';
import { ALERT, type Column, type Table } from './write-summary-table.ts';
import { breakdownColumns, count, denominator, keysOf, PERCENT, rate, SCORE, treeRows, unitColumns, type TreeLine } from './write-summary-rows.ts';

type Sheet<F> = Table<TreeLine<F>>;
const cols = <F>(...parts: (Column<TreeLine<F>> | Column<TreeLine<F>>[])[]): Column<TreeLine<F>>[] => parts.flat();

export function pledgeSheet(s: Summary, subtitle: string): Sheet<PledgeFigures> {
  const p = s.pledges;
  return {
    sheet: '承诺践诺汇总', title: `${s.period.label}承诺践诺汇总`, subtitle,
    rows: treeRows(s, p),
    columns: cols<PledgeFigures>(
      unitColumns(),
      denominator('党员总数', 'members', s.totals),
      count('承诺总数', (f) => f.pledges),
      breakdownColumns('承诺主体', keysOf(p, (f: PledgeFigures) => f.bySubject), (f) => f.bySubject),
      breakdownColumns('承诺类别', keysOf(p, (f: PledgeFigures) => f.byCategory), (f) => f.byCategory),
      breakdownColumns('完成情况', keysOf(p, (f: PledgeFigures) => f.byStatus), (f) => f.byStatus),
      count('逾期', (f) => f.overdue, { alertPositive: true }),
      rate('完成率', (f) => f.completionRate),
      count('承诺党员数', (f) => f.memberPledgers, { width: 11 }),
      rate('党员覆盖率', (f) => f.memberCoverage),
    ),
    notes: ['完成率＝已完成÷承诺总数；党员覆盖率＝作出承诺的党员人数（按党支部和姓名去重）÷党员总数；逾期＝完成时限早于该台账的填报日期（未填则为报送日期）且未完成，与生成汇总的日期无关。'],
  };
}

export function evaluationSheet(s: Summary, subtitle: string): Sheet<EvaluationFigures> {
  const e = s.evaluation;
  return {
    sheet: '群众评议汇总', title: `${s.period.label}群众评议汇总`, subtitle,
    rows: treeRows(s, e),
    columns: cols<EvaluationFigures>(
      unitColumns(),
      count('评议对象数', (f) => f.objects, { width: 11 }),
      breakdownColumns('对象类别', keysOf(e, (f: EvaluationFigures) => f.byType), (f) => f.byType),
      count('应参评人数', (f) => f.eligible, { width: 11 }),
      count('实参评人数', (f) => f.participants, { width: 11 }),
      count('满意', (f) => f.satisfied),
      count('基本满意', (f) => f.basicallySatisfied),
      count('不满意', (f) => f.dissatisfied),
      count('不了解(弃权)', (f) => f.abstained, { width: 12 }),
      rate('满意率', (f) => f.satisfactionRate),
      rate('满意占比', (f) => f.satisfiedRate),
      count('重点关注', (f) => f.flagged, { alertPositive: true }),
      { header: '满意率排名', width: 11, numFmt: '0', value: (l) => l.f.rank },
    ),
    notes: ['满意率＝（满意＋基本满意）÷实参评人数；满意占比＝满意÷实参评人数；排名只在报送单位之间进行，满意率相同的并列。'],
  };
}

export function reviewSheet(s: Summary, subtitle: string): Sheet<ReviewFigures> {
  const r = s.reviews;
  const methods = keysOf(r, (f: ReviewFigures) => f.leaderByMethod);
  return {
    sheet: '点评情况汇总', title: `${s.period.label}点评情况汇总`, subtitle,
    rows: treeRows(s, r),
    columns: cols<ReviewFigures>(
      unitColumns(),
      denominator('党支部数', 'branches', s.totals),
      count('领导点评次数', (f) => f.leaderReviews, { width: 12 }),
      breakdownColumns('领导点评方式', methods, (f) => f.leaderByMethod),
      count('被点评党支部数', (f) => f.branchesReviewed, { width: 13 }),
      rate('党支部覆盖率', (f) => f.branchCoverage),
      denominator('党员总数', 'members', s.totals),
      count('书记点评次数', (f) => f.secretaryReviews, { width: 12 }),
      breakdownColumns('书记点评方式', methods, (f) => f.secretaryByMethod),
      breakdownColumns('点评等次', keysOf(r, (f: ReviewFigures) => f.secretaryByGrade), (f) => f.secretaryByGrade),
      count('被点评党员数', (f) => f.membersReviewed, { width: 12 }),
      rate('党员覆盖率', (f) => f.memberCoverage),
    ),
  };
}

const met = (ok: boolean) => (ok ? '达标' : '未达标');
const notMet = [{ text: '未达标', argb: ALERT.red }];

export function demonstrationSheet(s: Summary, subtitle: string): Sheet<DemonstrationFigures> {
  const d = s.demonstration;
  const kinds = Object.keys(d.total.byKind);
  const q = d.quotas;
  const pct = (x: number | undefined) => `${Math.round((x ?? 0) * 1000) / 10}%`;
  return {
    sheet: '示范行动汇总', title: `${s.period.label}共产党员示范行动汇总`, subtitle,
    rows: treeRows(s, d),
    columns: cols<DemonstrationFigures>(
      unitColumns(),
      kinds.flatMap((k) => breakdownColumns(k, Object.keys(d.total.byKind[k] ?? {}), (f) => f.byKind[k] ?? {})),
      denominator('党员总数', 'members', s.totals),
      { header: '示范岗应有', group: '示范岗比例', width: 10, numFmt: '0', value: (l) => l.f.posts.required },
      { header: '已命名', group: '示范岗比例', width: 9, numFmt: '0', value: (l) => l.f.posts.named },
      { header: '是否达标', group: '示范岗比例', width: 9, alerts: notMet, value: (l) => met(l.f.posts.met) },
      denominator('内设团队数', 'teams', s.totals),
      { header: '示范团队应有', group: '示范团队比例', width: 12, numFmt: '0', value: (l) => l.f.teams.required },
      { header: '已命名', group: '示范团队比例', width: 9, numFmt: '0', value: (l) => l.f.teams.named },
      { header: '是否达标', group: '示范团队比例', width: 9, alerts: notMet, value: (l) => met(l.f.teams.met) },
    ),
    notes: [
      `比例核对只计“已命名”的示范对象（初评推荐、限期整改、取消命名的不计），向上取整：示范岗不少于党员总数的${pct(q.postQuota)}，示范团队不少于内设团队数的${pct(q.teamQuota)}。`,
      `示范单位：已命名 ${d.units.named} 个，应不少于报送单位数（${s.totals.reportingUnits}）的${pct(q.unitQuota)}即 ${d.units.required} 个 —— ${met(d.units.met)}。`,
      `示范行业：已命名 ${d.sectors.named} 个，应为 ${d.sectors.min}—${d.sectors.max} 个 —— ${met(d.sectors.met)}。`,
    ],
  };
}

export function rectificationSheet(s: Summary, subtitle: string): Sheet<RectificationFigures> {
  const r = s.rectification;
  return {
    sheet: '整改汇总', title: `${s.period.label}整改汇总`, subtitle,
    rows: treeRows(s, r),
    columns: cols<RectificationFigures>(
      unitColumns(),
      count('问题总数', (f) => f.items),
      breakdownColumns('问题来源', keysOf(r, (f: RectificationFigures) => f.byOrigin), (f) => f.byOrigin),
      breakdownColumns('整改状态', keysOf(r, (f: RectificationFigures) => f.byStatus), (f) => f.byStatus),
      breakdownColumns('复验结果', keysOf(r, (f: RectificationFigures) => f.byVerification), (f) => f.byVerification),
      count('逾期', (f) => f.overdue, { alertPositive: true }),
      rate('整改完成率', (f) => f.rectifiedRate),
    ),
  };
}

export function gradingSheet(s: Summary, subtitle: string): Sheet<GradingFigures> {
  const g = s.grading;
  return {
    sheet: '分类定级汇总', title: `${s.period.label}基层党组织分类定级汇总`, subtitle,
    rows: treeRows(s, g),
    columns: cols<GradingFigures>(
      unitColumns(),
      denominator('党支部数', 'branches', s.totals),
      count('自评党组织数', (f) => f.graded, { width: 12 }),
      breakdownColumns('自评等次', keysOf(g, (f: GradingFigures) => f.byGrade), (f) => f.byGrade),
      { header: '平均分', width: 9, numFmt: SCORE, value: (l) => l.f.averageScore },
      count('等次与得分不符', (f) => f.gradeMismatch, { width: 13, alertPositive: true }),
    ),
  };
}

export function ideaSheet(s: Summary, subtitle: string): Sheet<IdeaFigures> {
  const i = s.ideas;
  return {
    sheet: '金点子汇总', title: `${s.period.label}金点子汇总`, subtitle,
    rows: treeRows(s, i),
    columns: cols<IdeaFigures>(
      unitColumns(),
      denominator('党员总数', 'members', s.totals),
      count('金点子数', (f) => f.ideas),
      breakdownColumns('是否采纳', keysOf(i, (f: IdeaFigures) => f.byAdoption), (f) => f.byAdoption),
      { header: '采纳率', width: 10, numFmt: PERCENT, value: (l) => l.f.adoptionRate },
      count('提出人数', (f) => f.proposers),
      rate('覆盖率', (f) => f.coverage),
    ),
    notes: ['覆盖率＝提出金点子的人数（按姓名去重）÷党员总数。'],
  };
}
