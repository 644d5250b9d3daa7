import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { catalog, massEvaluation, pledgeLedger } from '../../../templates/catalog/index.ts';
import { periodRange } from '../../../templates/model/period.ts';
import { createSummaryBuilder } from '../../../templates/summary/index.ts';
import { readWorkbook } from '../../../templates/xlsx/read-workbook.ts';
import { writeSummaryWorkbook } from '../../../templates/xlsx/write-summary.ts';
import { evaluationRows, pledgeRows, unitTree } from '../../../bench/summary-fixture.ts';
import { demoSummary } from '../../fixtures/demo-summary.ts';
import { chartParts, parseRef } from './chart-parts.ts';

const GENERATED = new Date('2026-11-21T02:00:00Z');

/** The 300-unit organisation of the summary bench (工委 → 30 部门 → 300 支部), every 13th 支部 missing. */
function largeSummary(n = 300) {
  const tree = unitTree(n);
  const b = createSummaryBuilder({
    period: periodRange('2026H1')!,
    units: tree.map((u) => ({ code: u.code, name: u.name, parent: u.parentCode, members: u.members, teams: u.teams, branches: u.branches })),
    templates: [pledgeLedger, massEvaluation],
    generatedOn: '2026-07-20',
  });
  tree.filter((u) => u.reports).forEach((u, i) => {
    if (i % 13 === 5) return;
    const s = { unitCode: u.code, version: 1, submittedAt: '2026-07-10', status: 'accepted' as const, late: i % 7 === 0, errors: 0, warnings: 0 };
    b.add({ ...s, templateId: pledgeLedger.id }, pledgeRows(i, 12));
    b.add({ ...s, templateId: massEvaluation.id }, evaluationRows(i, 4));
  });
  return b.finish();
}

describe('native charts in the summary workbook', async () => {
  const bytes = await writeSummaryWorkbook(demoSummary(), null, { generatedAt: GENERATED });
  const { charts, files } = chartParts(bytes);
  const read = readWorkbook(bytes, { fileName: 'summary.xlsx' });
  if (!read.ok) throw new Error('unreadable');
  const grid = new Map(read.grid.sheets.map((s) => [s.name, s.values]));

  it('are the add-in’s charts: 报送进度 stacked by state, completion and satisfaction by unit', () => {
    expect(charts.map((c) => [c.sheet, c.title, c.barDir, c.grouping])).toEqual([
      ['报送进度', '报送进度', 'bar', 'stacked'],
      ['承诺践诺汇总', '各单位承诺完成率', 'bar', 'clustered'],
      ['群众评议汇总', '各单位群众满意率', 'bar', 'clustered'],
    ]);
  });

  it('reference ranges that exist, and cache exactly the values in those cells', () => {
    for (const chart of charts) {
      expect(chart.refs.length, chart.title).toBeGreaterThanOrEqual(3);
      for (const { ref, cache } of chart.refs) {
        const r = parseRef(ref);
        const values = grid.get(r.sheet);
        expect(values, ref).toBeDefined();
        expect(r.c1, ref).toBe(r.c2);
        const cells = Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => values![r.r1 + i]?.[r.c1] ?? null);
        expect(cache, ref).toEqual(cells.map((v) => (v === null ? '' : String(v))));
      }
    }
    // The series name is the header cell above the plotted cells.
    const completion = charts.find((c) => c.title === '各单位承诺完成率')!;
    expect(completion.refs.map((r) => r.cache[0])).toEqual(['完成率', '市发展和改革委员会机关党委（小计）', String(grid.get('承诺践诺汇总')![4]![parseRef(completion.refs[2]!.ref).c1])]);
  });

  it('are declared parts of the package: content types, sheet and drawing relationships', () => {
    const types = strFromU8(files['[Content_Types].xml']!);
    for (const c of charts) expect(types).toContain(`<Override PartName="/${c.path}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    const drawings = Object.keys(files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawings).toHaveLength(3);
    for (const d of drawings) expect(types).toContain(`<Override PartName="/${d}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
  });

  it('sit under the table and its notes, one sheet row per bar', () => {
    const heights: [string, number, number][] = [];
    for (const c of charts) {
      const values = grid.get(c.sheet)!;
      const categories = parseRef(c.refs[1]!.ref);
      // Nothing written at or below the chart's top: it covers no cell of the table or its notes.
      expect(c.from.row, c.sheet).toBeGreaterThan(values.length);
      expect(c.from.col).toBe(0);
      heights.push([c.title, categories.r2 - categories.r1 + 1, c.to.row - c.from.row]);
    }
    // A bar per row plus title and axis (three rows), at least 12 rows.
    expect(heights).toEqual([['报送进度', 6, 12], ['各单位承诺完成率', 14, 17], ['各单位群众满意率', 14, 17]]);
  });

  it('grow with 300 units instead of squeezing them: every row of the tree gets its bar, in the table’s order', async () => {
    const large = await writeSummaryWorkbook(largeSummary(), null, { generatedAt: GENERATED });
    const completion = chartParts(large).charts.find((c) => c.title === '各单位承诺完成率')!;
    const labels = completion.refs[1]!.cache;
    expect(labels).toHaveLength(1 + 30 + 300 + 1);
    expect([labels[0], labels[1], labels[2], labels.at(-1)]).toEqual(['市直机关工委（小计）', '市直部门1机关党委（小计）', '机关第一党支部（1）', '合计']);
    expect(completion.to.row - completion.from.row).toBe(labels.length + 3);
  });

  it('give way to the data bars, with a note, past the rows a chart shows readably', async () => {
    const large = largeSummary(400);
    const workbook = await writeSummaryWorkbook(large, null, { generatedAt: GENERATED });
    expect(chartParts(workbook).charts.map((c) => c.title)).toEqual(['报送进度']);
    const read = readWorkbook(workbook, { fileName: 'large.xlsx' });
    if (!read.ok) throw new Error('unreadable');
    const firstColumn = read.grid.sheets.find((s) => s.name === '承诺践诺汇总')!.values.map((r) => r?.[0]);
    expect(firstColumn).toContain('本表共 442 行，超过图表能清楚容纳的 360 行，未附“各单位承诺完成率”图表；请看“完成率”一栏的数据条。');
  });

  it('are left out for a sheet whose ledger has nothing counted yet', async () => {
    const b = createSummaryBuilder({ period: periodRange('2026H1')!, units: [{ code: 'A', name: '甲支部', parent: null, members: 3, teams: 1, branches: 1 }], templates: catalog.filter((d) => d.id === pledgeLedger.id), generatedOn: '2026-07-20' });
    const empty = chartParts(await writeSummaryWorkbook(b.finish(), null, { generatedAt: GENERATED })).charts;
    expect(empty.map((c) => c.title)).toEqual(['报送进度']);
  });
});
