import type {
  DemonstrationFigures, EvaluationFigures, GradingFigures, IdeaFigures, PledgeFigures, RectificationFigures, ReviewFigures,
  StatusCounts, StatusRow, SubmissionState, Summary,
} from '../../../templates/summary/schema.ts';
import type { ReportSheet } from '../workbook/adapter.ts';
import { breakdown, col, keysOf, sectionLines, tableOf, unitColumns, type SectionColumn } from './summary-rows.ts';

export const STATE_LABEL: Record<SubmissionState, string> = {
  on_time: '按时报送', late: '逾期报送', missing: '未报送', returned: '已退回', rejected: '已拒收', not_expected: '—',
};

/** The sheet names the add-in writes; a refresh replaces exactly these. */
export const SUMMARY_SHEET_NAMES = [
  '报送情况', '报送进度', '承诺践诺汇总', '群众评议汇总', '点评情况汇总', '示范行动汇总', '整改汇总', '分类定级汇总', '金点子汇总', '逾期承诺', '重点关注对象',
] as const;

const sumCounts = (counts: Record<string, StatusCounts>): StatusCounts =>
  Object.values(counts).reduce(
    (a, c) => ({ expected: a.expected + c.expected, onTime: a.onTime + c.onTime, late: a.late + c.late, missing: a.missing + c.missing, returned: a.returned + c.returned, rejected: a.rejected + c.rejected }),
    { expected: 0, onTime: 0, late: 0, missing: 0, returned: 0, rejected: 0 },
  );

function sectionSheet<F>(s: Summary, name: string, title: string, section: { rows: F[]; total: F }, columns: SectionColumn<F>[], extra: Partial<ReportSheet> = {}): ReportSheet {
  const { lines, totals } = sectionLines(s, section);
  return { name, title: `${s.period.label}${title}`, subtitle: `生成日期：${s.generatedOn}`, ...tableOf(columns, lines), totalRowIndex: totals, ...extra };
}

function statusSheet(s: Summary): ReportSheet {
  const countCols = (pick: (c: StatusCounts) => number, header: string) => col<StatusRow>(header, 'int', (l) => pick(sumCounts(l.figures.counts)));
  return sectionSheet(s, '报送情况', '台账报送情况', s.status, [
    ...unitColumns<StatusRow>(),
    ...s.templates.map((t) => col<StatusRow>(t.name, 'text', (l) => { const c = l.figures.cells[t.id]; return c ? STATE_LABEL[c.state] : ''; }, 14)),
    countCols((c) => c.expected, '应报'),
    countCols((c) => c.onTime, '按时'),
    countCols((c) => c.late, '逾期'),
    countCols((c) => c.missing, '未报'),
    countCols((c) => c.returned, '退回'),
  ]);
}

/** One row per template: the 报送进度 chart shows, per ledger, how many units are in, late or missing. */
function progressSheet(s: Summary): ReportSheet {
  const counts = s.status.total.counts;
  const rows = s.templates.map((t) => {
    const c = counts[t.id] ?? { expected: 0, onTime: 0, late: 0, missing: 0, returned: 0, rejected: 0 };
    return [t.name, c.expected, c.onTime, c.late, c.missing, c.returned, c.expected > 0 ? (c.onTime + c.late) / c.expected : null];
  });
  return {
    name: '报送进度', title: `${s.period.label}报送进度`, subtitle: `生成日期：${s.generatedOn}`,
    columns: [
      { header: '台账', kind: 'text', width: 24 }, { header: '应报', kind: 'int' }, { header: '按时报送', kind: 'int' }, { header: '逾期报送', kind: 'int' },
      { header: '未报送', kind: 'int' }, { header: '已退回', kind: 'int' }, { header: '报送率', kind: 'percent' },
    ],
    rows,
    charts: [{ type: 'column', title: '报送进度', category: 0, values: [2, 3, 4, 5] }],
  };
}

const pledgeColumns = (s: Summary): SectionColumn<PledgeFigures>[] => [
  ...unitColumns<PledgeFigures>(),
  col('承诺总数', 'int', (l) => l.figures.pledges),
  ...breakdown<PledgeFigures>('完成情况', keysOf(s.pledges, (f) => f.byStatus), (f) => f.byStatus),
  col('逾期', 'int', (l) => l.figures.overdue),
  col('完成率', 'percent', (l) => l.figures.completionRate),
  col('承诺党员数', 'int', (l) => l.figures.memberPledgers),
  col('党员覆盖率', 'percent', (l) => l.figures.memberCoverage),
];

const evaluationColumns = (): SectionColumn<EvaluationFigures>[] => [
  ...unitColumns<EvaluationFigures>(),
  col('评议对象数', 'int', (l) => l.figures.objects),
  col('实参评人数', 'int', (l) => l.figures.participants),
  col('满意', 'int', (l) => l.figures.satisfied),
  col('基本满意', 'int', (l) => l.figures.basicallySatisfied),
  col('不满意', 'int', (l) => l.figures.dissatisfied),
  col('满意率', 'percent', (l) => l.figures.satisfactionRate),
  col('满意占比', 'percent', (l) => l.figures.satisfiedRate),
  col('重点关注', 'int', (l) => l.figures.flagged),
  col('排名', 'int', (l) => l.figures.rank),
];

const reviewColumns = (s: Summary): SectionColumn<ReviewFigures>[] => [
  ...unitColumns<ReviewFigures>(),
  col('领导点评次数', 'int', (l) => l.figures.leaderReviews),
  ...breakdown<ReviewFigures>('点评方式', keysOf(s.reviews, (f) => f.leaderByMethod), (f) => f.leaderByMethod),
  col('党支部覆盖率', 'percent', (l) => l.figures.branchCoverage),
  col('书记点评次数', 'int', (l) => l.figures.secretaryReviews),
  col('党员覆盖率', 'percent', (l) => l.figures.memberCoverage),
];

const quota = (q: { named: number; required: number; met: boolean }) => `${q.named}/${q.required}${q.met ? ' 达标' : ' 未达标'}`;
const demonstrationColumns = (s: Summary): SectionColumn<DemonstrationFigures>[] => [
  ...unitColumns<DemonstrationFigures>(),
  ...Object.keys(s.demonstration.total.byKind).map((k) => col<DemonstrationFigures>(`${k}·合计`, 'int', (l) => l.figures.byKind[k]?.['合计'] ?? 0)),
  col('示范岗（已命名/应有）', 'text', (l) => quota(l.figures.posts), 18),
  col('示范团队（已命名/应有）', 'text', (l) => quota(l.figures.teams), 18),
];

const rectificationColumns = (s: Summary): SectionColumn<RectificationFigures>[] => [
  ...unitColumns<RectificationFigures>(),
  col('问题总数', 'int', (l) => l.figures.items),
  ...breakdown<RectificationFigures>('整改状态', keysOf(s.rectification, (f) => f.byStatus), (f) => f.byStatus),
  col('逾期', 'int', (l) => l.figures.overdue),
  col('整改完成率', 'percent', (l) => l.figures.rectifiedRate),
];

const gradingColumns = (s: Summary): SectionColumn<GradingFigures>[] => [
  ...unitColumns<GradingFigures>(),
  col('自评党组织数', 'int', (l) => l.figures.graded),
  ...breakdown<GradingFigures>('自评等次', keysOf(s.grading, (f) => f.byGrade), (f) => f.byGrade),
  col('平均分', 'number', (l) => l.figures.averageScore),
  col('等次与得分不符', 'int', (l) => l.figures.gradeMismatch),
];

const ideaColumns = (s: Summary): SectionColumn<IdeaFigures>[] => [
  ...unitColumns<IdeaFigures>(),
  col('金点子数', 'int', (l) => l.figures.ideas),
  ...breakdown<IdeaFigures>('是否采纳', keysOf(s.ideas, (f) => f.byAdoption), (f) => f.byAdoption),
  col('采纳率', 'percent', (l) => l.figures.adoptionRate),
  col('覆盖率', 'percent', (l) => l.figures.coverage),
];

function listSheets(s: Summary): ReportSheet[] {
  const sub = (cut: number) => `生成日期：${s.generatedOn}${cut > 0 ? `；另有 ${cut} 条未列出，详见下载的汇总表` : ''}`;
  return [
    {
      name: '逾期承诺', title: `${s.period.label}逾期未完成的承诺`, subtitle: sub(s.overduePledges.cut),
      columns: [
        { header: '单位名称', kind: 'text', width: 24 }, { header: '承诺人', kind: 'text' }, { header: '所在党支部', kind: 'text' },
        { header: '承诺事项', kind: 'text', width: 36 }, { header: '完成时限', kind: 'date' }, { header: '完成情况', kind: 'text' },
      ],
      rows: s.overduePledges.items.map((p) => [p.unitName, p.pledger, p.branch, p.pledge, p.deadline, p.status]),
    },
    {
      name: '重点关注对象', title: `${s.period.label}群众评议重点关注对象`, subtitle: sub(s.flaggedObjects.cut),
      columns: [
        { header: '单位名称', kind: 'text', width: 24 }, { header: '评议对象', kind: 'text' }, { header: '对象类别', kind: 'text' }, { header: '所在党支部', kind: 'text' },
        { header: '实参评人数', kind: 'int' }, { header: '不满意', kind: 'int' }, { header: '不满意占比', kind: 'percent' }, { header: '满意率', kind: 'percent' },
      ],
      rows: s.flaggedObjects.items.map((f) => [f.unitName, f.target, f.targetType, f.branch, f.participants, f.dissatisfied, f.dissatisfiedShare, f.satisfactionRate]),
    },
  ];
}

/**
 * The consolidated summary as the sheets the add-in writes into the open
 * workbook (DOMAIN §4), with native charts where a person would rather look:
 * 满意率 and 完成率 by unit, and 报送进度 by ledger.
 */
export function summarySheets(s: Summary): ReportSheet[] {
  const pledge = pledgeColumns(s);
  const evaluation = evaluationColumns();
  return [
    statusSheet(s),
    progressSheet(s),
    sectionSheet(s, '承诺践诺汇总', '承诺践诺汇总', s.pledges, pledge, {
      charts: [{ type: 'bar', title: '各单位承诺完成率', category: 1, values: [pledge.findIndex((c) => c.header === '完成率')] }],
      dataBars: [pledge.findIndex((c) => c.header === '完成率')],
    }),
    sectionSheet(s, '群众评议汇总', '群众评议汇总', s.evaluation, evaluation, {
      charts: [{ type: 'bar', title: '各单位群众满意率', category: 1, values: [evaluation.findIndex((c) => c.header === '满意率')] }],
      dataBars: [evaluation.findIndex((c) => c.header === '满意率')],
    }),
    sectionSheet(s, '点评情况汇总', '点评情况汇总', s.reviews, reviewColumns(s)),
    sectionSheet(s, '示范行动汇总', '共产党员示范行动汇总', s.demonstration, demonstrationColumns(s)),
    sectionSheet(s, '整改汇总', '整改汇总', s.rectification, rectificationColumns(s)),
    sectionSheet(s, '分类定级汇总', '基层党组织分类定级汇总', s.grading, gradingColumns(s)),
    sectionSheet(s, '金点子汇总', '金点子汇总', s.ideas, ideaColumns(s)),
    ...listSheets(s),
  ];
}
