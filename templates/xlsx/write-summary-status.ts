import type { StatusCell, StatusCounts, StatusRow, Summary, SubmissionState } from '../summary/schema.ts';
import { ALERT, type Column, type Table } from './write-summary-table.ts';
import { treeRows, unitColumns, type TreeLine } from './write-summary-rows.ts';

export const STATE_LABEL: Record<SubmissionState, string> = {
  on_time: '按时报送', late: '逾期报送', missing: '未报送', returned: '已退回', rejected: '已拒收', not_expected: '—',
};

const STATE_ALERTS = [
  { text: '未报送', argb: ALERT.red },
  { text: '逾期报送', argb: ALERT.orange },
  { text: '已退回', argb: ALERT.yellow },
  { text: '已拒收', argb: ALERT.yellow },
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
  const out: StatusCounts = { expected: 0, onTime: 0, late: 0, missing: 0, returned: 0, rejected: 0 };
  for (const c of Object.values(row.counts)) for (const k of Object.keys(out) as (keyof StatusCounts)[]) out[k] += c[k];
  return out;
};

/** 报送情况: per template the state, time, version and what is left to fix; per row the counts over all templates. */
export function statusSheet(s: Summary, subtitle: string, offsetMinutes?: number): Table<TreeLine<StatusRow>> {
  const cell = (l: TreeLine<StatusRow>, id: string): StatusCell | undefined => l.f.cells[id];
  const perTemplate = s.templates.flatMap(({ id, name }): Column<TreeLine<StatusRow>>[] => [
    {
      header: '状态', group: name, width: 10, alerts: STATE_ALERTS,
      value: (l) => {
        const c = cell(l, id);
        if (c) return STATE_LABEL[c.state];
        const n = l.f.counts[id];
        return n ? `已报${n.onTime + n.late}/${n.expected}` : '';
      },
    },
    { header: '报送时间', group: name, width: 17, value: (l) => { const t = cell(l, id)?.submittedAt; return t ? localTime(t, offsetMinutes) : null; } },
    { header: '版本', group: name, width: 6, numFmt: '0', value: (l) => cell(l, id)?.version ?? null },
    { header: '错误', group: name, width: 6, numFmt: '0', value: (l) => cell(l, id)?.errors ?? null },
    { header: '提醒', group: name, width: 6, numFmt: '0', value: (l) => cell(l, id)?.warnings ?? null },
  ]);
  const total = (header: string, k: keyof StatusCounts, alertPositive = false): Column<TreeLine<StatusRow>> => ({
    header, group: '合计（各台账）', width: 8, numFmt: '0', alertPositive, value: (l) => sumCounts(l.f)[k],
  });
  return {
    sheet: '报送情况', title: `${s.period.label}台账报送情况`, subtitle,
    rows: treeRows(s, s.status),
    columns: [
      ...unitColumns<StatusRow>(),
      ...perTemplate,
      total('应报', 'expected'), total('按时', 'onTime'), total('逾期', 'late', true), total('未报', 'missing', true), total('退回', 'returned'), total('拒收', 'rejected'),
    ],
    notes: [
      '只有没有下级单位的单位须报送；上级单位本级报送的，列在“（本级）”行。小计行的“已报x/y”为下属须报送单位的已报数/应报数。',
      ...s.templates.map(({ id, name }) => {
        const c = s.status.total.counts[id]!;
        return `${name}：应报 ${c.expected}，按时 ${c.onTime}，逾期 ${c.late}，未报 ${c.missing}，退回 ${c.returned}，拒收 ${c.rejected}。`;
      }),
      ...s.notes.map(noteText),
    ],
  };
}

function noteText(n: Summary['notes'][number]): string {
  switch (n.code) {
    case 'unit/unlisted':
      return `单位“${n.unitCode}”不在单位名单中，已按顶层单位列出。`;
    case 'unit/unknown-parent':
      return `单位“${n.unitCode}”的上级单位编码不在名单中，已按顶层单位列出。`;
    case 'template/unexpected':
      return `单位“${n.unitCode}”报送的“${n.templateId}”不在本期应报台账之列，未计入汇总。`;
    case 'submission/rows-ignored':
      return `单位“${n.unitCode}”的“${n.templateId}”已退回或被拒收，其数据未计入汇总。`;
  }
}
