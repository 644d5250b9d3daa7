import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/index.ts';
import { createSummaryBuilder, summarySchema } from '../../../templates/summary/index.ts';
import { build, period, pledge, REPORT_DATE, rows, sub, units } from './fixtures.ts';

describe('createSummaryBuilder', () => {
  const s = build();
  const at = (kind: string, code: string) => s.rows.findIndex((r) => r.kind === kind && r.unitCode === code);

  it('lays the tree out depth first with subtotals, a 本级 row for a parent that reported, and summed denominators', () => {
    expect(s.rows.map((r) => [r.kind, r.unitCode, r.depth, r.members])).toEqual([
      ['subtotal', 'W', 0, 61], ['subtotal', 'D1', 1, 40], ['own', 'D1', 2, 0], ['unit', 'B1', 2, 10], ['unit', 'B2', 2, 30], ['unit', 'D2', 1, 21],
    ]);
    expect(s.totals).toEqual({ units: 5, reportingUnits: 3, members: 61, teams: 17, branches: 4 });
    expect(summarySchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('counts 报送情况 per template: on time, late, returned, rejected and missing', () => {
    expect(s.status.rows[at('unit', 'B2')]!.cells['pledge-ledger']).toEqual({ state: 'late', submittedAt: '2026-07-18', version: 2, errors: 0, warnings: 4, source: null, nilReturn: false });
    expect(s.status.rows[at('unit', 'D2')]!.cells['pledge-ledger']!.state).toBe('returned');
    expect(s.status.rows[at('unit', 'D2')]!.cells['rectification-ledger']).toMatchObject({ state: 'rejected', errors: 3 });
    expect(s.status.rows[at('unit', 'D2')]!.cells['demonstration-action']!.state).toBe('missing');
    expect(s.status.rows[at('own', 'D1')]!.cells['pledge-ledger']!.state).toBe('not_expected');
    expect(s.status.rows[at('subtotal', 'D1')]!.cells).toEqual({});
    expect(s.status.total.counts['pledge-ledger']).toEqual({ expected: 3, onTime: 1, late: 1, missing: 0, returned: 1, rejected: 0, pendingReview: 0 });
    // D1 sent its own 金点子 (shown in its 本级 cell) but is not expected, so it is not counted: the counts add up to 应报.
    expect(s.status.rows[at('own', 'D1')]!.cells['golden-ideas']!.state).toBe('on_time');
    expect(s.status.total.counts['golden-ideas']).toEqual({ expected: 3, onTime: 0, late: 0, missing: 3, returned: 0, rejected: 0, pendingReview: 0 });
    expect(s.status.rows[at('subtotal', 'D1')]!.counts['golden-ideas']).toEqual({ expected: 2, onTime: 0, late: 0, missing: 2, returned: 0, rejected: 0, pendingReview: 0 });
  });

  it('sums pledges up the tree and takes rates on the sums', () => {
    const b1 = s.pledges.rows[at('unit', 'B1')]!;
    expect(b1).toEqual({
      pledges: 3, bySubject: { 党组织: 1, 党员: 2 }, byCategory: { 服务承诺: 1, 实事承诺: 2 },
      byStatus: { 未开始: 1, 推进中: 1, 已完成: 1, 未完成: 0 }, overdue: 2, completionRate: 1 / 3, memberPledgers: 1, memberCoverage: 1 / 10,
    });
    const d1 = s.pledges.rows[at('subtotal', 'D1')]!;
    expect([d1.pledges, d1.overdue, d1.completionRate, d1.memberPledgers, d1.memberCoverage]).toEqual([6, 3, 2 / 6, 4, 4 / 40]);
    expect(s.pledges.rows[at('unit', 'D2')]!.pledges).toBe(0);
    expect(s.pledges.total.memberCoverage).toBe(4 / 61);
    expect(s.overduePledges.total).toBe(3);
    expect(s.overduePledges.items.map((p) => [p.unitCode, p.pledger, p.deadline, p.status, p.row])).toEqual([
      ['B1', '张三', '2026-06-30', '推进中', 6], ['B1', '第一党支部', '2026-07-01', '未开始', 7], ['B2', '王五', '2026-06-30', '未完成', 6],
    ]);
  });

  it('rates and ranks mass evaluation and lists the flagged objects', () => {
    const b1 = s.evaluation.rows[at('unit', 'B1')]!;
    expect([b1.participants, b1.satisfied, b1.basicallySatisfied, b1.dissatisfied, b1.satisfactionRate, b1.satisfiedRate, b1.flagged])
      .toEqual([19, 9, 4, 6, 13 / 19, 9 / 19, 1]);
    expect(s.rows.map((_, i) => s.evaluation.rows[i]!.rank)).toEqual([null, null, null, 3, 1, 2]);
    expect(s.evaluation.total.satisfactionRate).toBe((9 + 4 + 18 + 2 + 5 + 3) / (19 + 20 + 10));
    expect(s.flaggedObjects).toEqual({
      items: [{ unitCode: 'B1', unitName: '支部一', row: 6, target: '第一党支部', targetType: '党组织', branch: '第一党支部', participants: 9, dissatisfied: 4, dissatisfiedShare: 4 / 9, satisfactionRate: 5 / 9 }],
      total: 1, cut: 0,
    });
  });

  it('checks demonstration quotas per unit (rounded up, 已命名 only) and across units', () => {
    expect(s.demonstration.rows[at('unit', 'B2')]!.posts).toEqual({ named: 3, required: 3, met: true });
    expect(s.demonstration.rows[at('unit', 'B2')]!.teams).toEqual({ named: 1, required: 1, met: true });
    expect(s.demonstration.rows[at('unit', 'B1')]!.posts).toEqual({ named: 0, required: 1, met: false });
    // D2 sent no 示范行动台账: nothing to judge, so neither 达标 nor 未达标.
    expect(s.demonstration.rows[at('unit', 'D2')]!.posts).toEqual({ named: 0, required: 3, met: null });
    expect(s.demonstration.rows[at('unit', 'B1')]!.byKind['示范岗']).toEqual({ 初评推荐: 0, 已命名: 0, 限期整改: 1, 取消命名: 0, 合计: 1 });
    expect(s.demonstration.total.byKind['示范岗']).toEqual({ 初评推荐: 1, 已命名: 3, 限期整改: 1, 取消命名: 0, 合计: 5 });
    expect(s.demonstration.units).toEqual({ named: 1, required: 1, met: true });
    expect(s.demonstration.sectors).toEqual({ named: 1, min: 2, max: 3, met: false });
    const relaxed = build(undefined, { 'demonstration-action': { sectorMin: 1, postQuota: 0.2 } });
    expect(relaxed.demonstration.sectors.met).toBe(true);
    expect(relaxed.demonstration.rows[at('unit', 'B2')]!.posts).toEqual({ named: 3, required: 6, met: false });
  });

  it('counts a parent unit’s own ideas on its 本级 row and in its subtotals', () => {
    expect(s.ideas.rows[at('own', 'D1')]).toEqual({ ideas: 2, byAdoption: { 是: 1, 否: 1, 待定: 0 }, adoptionRate: 0.5, proposers: 1, coverage: null });
    expect(s.ideas.rows[at('subtotal', 'W')]!.coverage).toBe(1 / 61);
  });

  it('caps lists and counts what was cut', () => {
    expect(build(2).overduePledges).toMatchObject({ total: 3, cut: 1 });
    expect(build(2).overduePledges.items).toHaveLength(2);
  });

  it('keeps unlisted units and unexpected templates in notes, and refuses a second add of the same slot', () => {
    const b = createSummaryBuilder({ period, units: units.slice(0, 3), templates: [pledgeLedger], generatedOn: REPORT_DATE });
    b.add(sub('X9', 'pledge-ledger'), rows(pledgeLedger, [pledge('党员', '甲', '服务承诺', '已完成', '2026-06-30')]));
    b.add(sub('B1', 'golden-ideas'), []);
    b.add(sub('B1', 'pledge-ledger', { status: 'returned' }), rows(pledgeLedger, [pledge('党员', '乙', '服务承诺', '已完成', '2026-06-30')]));
    expect(() => b.add(sub('B1', 'pledge-ledger'), [])).toThrow('B1/pledge-ledger added twice');
    const out = b.finish();
    expect(out.notes).toEqual([
      { code: 'unit/unlisted', unitCode: 'X9' },
      { code: 'template/unexpected', unitCode: 'B1', templateId: 'golden-ideas' },
      { code: 'submission/rows-ignored', unitCode: 'B1', templateId: 'pledge-ledger' },
    ]);
    expect(out.rows.map((r) => [r.kind, r.unitCode])).toEqual([['subtotal', 'W'], ['subtotal', 'D1'], ['unit', 'B1'], ['unit', 'X9']]);
    expect(out.pledges.total.pledges).toBe(1);
  });
});

describe('overdue is judged on each ledger\'s own report date', () => {
  it('gives the same figures whatever day the summary is built', async () => {
    const { createSummaryBuilder } = await import('../../../templates/summary/index.ts');
    const { pledgeLedger: def } = await import('../../../templates/catalog/index.ts');
    const { periodRange } = await import('../../../templates/model/period.ts');
    // Read on 2026-07-10 (its 填报日期): one pledge due 07-12 still 推进中 (not overdue: nobody knows its state later),
    // one due 07-01 and 推进中 (overdue on that day).
    const base = { subjectType: '党员', branch: '一支部', category: '服务承诺', pledge: '走访10户', measures: '走访', status: '推进中', completedOn: null, rating: null, remarks: null };
    const rows = [
      { seq: 1, pledger: '甲', deadline: '2026-07-12' },
      { seq: 2, pledger: '乙', deadline: '2026-07-01' },
    ].map((r, i) => {
      const values = { ...base, ...r };
      return { row: 5 + i, values, derived: def.derive(values, { reportDate: '2026-07-10', params: {} }) };
    });
    const build = (generatedOn: string) => {
      const b = createSummaryBuilder({ period: periodRange('2026H1')!, units: [{ code: 'A', name: '甲单位', parent: null, members: 2, teams: 0, branches: 1 }], templates: [def], generatedOn });
      b.add({ unitCode: 'A', templateId: def.id, version: 1, submittedAt: '2026-07-10', status: 'accepted', late: false, errors: 0, warnings: 0 }, rows);
      return b.finish();
    };
    const july = build('2026-07-11');
    const december = build('2026-12-20');
    expect(july.pledges.total.overdue).toBe(1);
    expect(july.overduePledges.items.map((p) => p.pledger)).toEqual(['乙']);
    const { generatedOn: _a, ...julyFigures } = july;
    const { generatedOn: _b, ...decemberFigures } = december;
    expect(decemberFigures).toEqual(julyFigures);
  });
});
