import type { StatusCell, StatusCounts, StatusRow, SubmissionState, SummaryNote } from '../schema-core.ts';
import type { Summary } from '../schema.ts';
import { EMPTY_COUNTS, SLOT_STATE_LABEL } from '../slot-state.ts';
import type { AlertRule } from '../spec.ts';
import { treeRows, UNIT_COLUMNS } from './tree.ts';
import type { SheetColumnSpec, SummarySheet } from './types.ts';

/** The board's words, with a dash where nothing is expected (a sheet cell reads better empty than 无需报送). */
export const STATE_LABEL: Record<SubmissionState, string> = { ...SLOT_STATE_LABEL, not_expected: '—' };

const STATE_ALERTS: AlertRule = [
  { text: '未报送', level: 'red' },
  { text: '逾期报送', level: 'orange' },
  { text: '已退回', level: 'yellow' },
  { text: '已拒收', level: 'yellow' },
  { text: '待审核', level: 'yellow' },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant in the office's local time (default UTC+8), to the minute; plain dates stay as they are. */
export function localTime(iso: string, offsetMinutes = 480): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const sumCounts = (row: StatusRow): StatusCounts => {
  const out: StatusCounts = { ...EMPTY_COUNTS };
  for (const c of Object.values(row.counts)) for (const k of Object.keys(out) as (keyof StatusCounts)[]) out[k] += c[k];
  return out;
};

const TOTALS: [string, keyof StatusCounts, boolean][] = [
  ['应报', 'expected', false], ['按时', 'onTime', false], ['逾期', 'late', true], ['未报', 'missing', true], ['退回', 'returned', false], ['拒收', 'rejected', false],
  // Last, so the columns before it keep their place in sheets made before 逐级审核.
  ['待审', 'pendingReview', false],
];

/** 报送情况: per template the state, time, version and what is left to fix; per row the counts over all templates. */
export function statusSheet(s: Summary, offsetMinutes?: number): SummarySheet {
  const columns: SheetColumnSpec[] = [
    ...UNIT_COLUMNS,
    ...s.templates.flatMap(({ name }): SheetColumnSpec[] => [
      { header: '状态', group: name, kind: 'state', width: 10, alert: STATE_ALERTS },
      { header: '报送时间', group: name, kind: 'text', width: 17 },
      { header: '版本', group: name, kind: 'count', width: 6 },
      { header: '错误', group: name, kind: 'count', width: 6 },
      { header: '提醒', group: name, kind: 'count', width: 6 },
    ]),
    ...TOTALS.map(([header, , alert]): SheetColumnSpec => ({ header, group: '合计（各台账）', kind: 'count', width: 8, ...(alert ? { alert: 'positive' as const } : {}) })),
  ];
  const rows = treeRows(s, (_head, _size, i) => {
    const row = i === null ? s.status.total : s.status.rows[i]!;
    const perTemplate = s.templates.flatMap(({ id }) => {
      const c: StatusCell | undefined = row.cells[id];
      const n = row.counts[id];
      const state = c ? `${STATE_LABEL[c.state]}${c.nilReturn ? '（本期无）' : ''}` : n ? `已报${n.onTime + n.late}/${n.expected}` : '';
      return [state, c?.submittedAt ? localTime(c.submittedAt, offsetMinutes) : null, c?.version ?? null, c?.errors ?? null, c?.warnings ?? null];
    });
    const sums = sumCounts(row);
    return [...perTemplate, ...TOTALS.map(([, k]) => sums[k])];
  });
  return {
    name: '报送情况', title: `${s.period.label}台账报送情况`, columns, rows, frozenColumns: 2, charts: [],
    notes: [
      '只有没有下级单位的单位须报送；上级单位本级报送的，列在“（本级）”行。小计行的“已报x/y”为下属须报送单位的已报数/应报数。',
      ...s.templates.map(({ id, name }) => {
        const c = s.status.total.counts[id] ?? EMPTY_COUNTS;
        return `${name}：应报 ${c.expected}，按时 ${c.onTime}，逾期 ${c.late}，未报 ${c.missing}，退回 ${c.returned}，拒收 ${c.rejected}，待审核 ${c.pendingReview}。`;
      }),
      ...s.notes.map(noteText),
    ],
  };
}

/** 报送进度: one row per ledger, so a chart shows per ledger how many units are in, late, missing, returned or refused. */
export function progressSheet(s: Summary): SummarySheet {
  return {
    name: '报送进度', title: `${s.period.label}报送进度`, frozenColumns: 1, notes: [],
    columns: [
      { header: '台账', kind: 'text', width: 24 }, { header: '应报', kind: 'count', width: 8 }, { header: '按时报送', kind: 'count', width: 9 },
      { header: '逾期报送', kind: 'count', width: 9, alert: 'positive' }, { header: '未报送', kind: 'count', width: 8, alert: 'positive' },
      { header: '已退回', kind: 'count', width: 8 }, { header: '已拒收', kind: 'count', width: 8 }, { header: '待审核', kind: 'count', width: 8 },
      { header: '报送率', kind: 'rate', width: 10, bar: true },
    ],
    rows: s.templates.map((t) => {
      const c = s.status.total.counts[t.id] ?? EMPTY_COUNTS;
      return { values: [t.name, c.expected, c.onTime, c.late, c.missing, c.returned, c.rejected, c.pendingReview, c.expected > 0 ? (c.onTime + c.late) / c.expected : null] };
    }),
    // One bar per ledger split by state: the parts add up to 应报, so the bars compare at a glance.
    charts: s.templates.length > 0 ? [{ type: 'bar', stacked: true, title: '报送进度', category: 0, values: [2, 3, 4, 5, 6, 7] }] : [],
  };
}

function noteText(n: SummaryNote): string {
  switch (n.code) {
    case 'unit/unlisted':
      return `单位“${n.unitCode}”不在单位名单中，已按顶层单位列出。`;
    case 'unit/unknown-parent':
      return `单位“${n.unitCode}”的上级单位编码不在名单中，已按顶层单位列出。`;
    case 'template/unexpected':
      return `单位“${n.unitCode}”报送的“${n.templateId}”不在本期应报台账之列，未计入汇总。`;
    case 'submission/rows-ignored':
      return `单位“${n.unitCode}”的“${n.templateId}”已退回、被拒收或尚待审核，其数据未计入汇总。`;
  }
}
