import { describe, expect, it } from 'vitest';
import { catalog } from '../../templates/catalog/index.ts';
import { validateGrid } from '../../templates/read/validate-grid.ts';
import { validateFile } from '../../templates/validate-file.ts';
import { backdateSql } from '../../scripts/seed/backdate.ts';
import { ledgerContent, ledgerForStep } from '../../scripts/seed/ledger-for-step.ts';
import { DEMO_UNITS, denominators } from '../../scripts/seed/org.ts';
import { DEMO_REVIEWED, demoPeriods, demoPeriodWindows } from '../../scripts/seed/periods.ts';
import { demoPlan, RETURN_BY_PARENT, type SlotScript, type Step } from '../../scripts/seed/plan.ts';
import { gradeFor } from '../../scripts/seed/rows-ratings.ts';

const TODAY = '2026-11-21';
const plan = demoPlan(TODAY);
type Submit = Extract<Step, { do: 'submit' }>;
const submits = (slots: readonly SlotScript[]) =>
  slots.flatMap((slot) => slot.steps.flatMap((step, i) => (step.do === 'submit' ? [{ slot, step, i }] : [])));

describe('demo periods', () => {
  it('are the current and previous half-year, the current 整改台账 due six days ago', () => {
    expect(demoPeriods(TODAY)).toEqual({ current: '2026H2', previous: '2026H1' });
    expect(demoPeriods('2027-03-02')).toEqual({ current: '2027H1', previous: '2026H2' });
    const windows = demoPeriodWindows(TODAY);
    expect(windows).toHaveLength(12);
    expect(windows.find((w) => w.code === '2026H1' && w.templateId === 'pledge-ledger')).toEqual({ templateId: 'pledge-ledger', code: '2026H1', opens: '2026-01-01', due: '2026-07-15' });
    expect(windows.find((w) => w.code === '2026H2' && w.templateId === 'pledge-ledger')?.due).toBe('2027-01-15');
    expect(windows.find((w) => w.code === '2026H2' && w.templateId === 'rectification-ledger')?.due).toBe('2026-11-15');
    // Three days into a half-year an early deadline would precede the period: the default stands.
    expect(demoPeriodWindows('2026-07-03').find((w) => w.code === '2026H2' && w.templateId === 'rectification-ledger')?.due).toBe('2027-01-15');
  });
});

describe('demo organisation', () => {
  it('is a 机关党委 over three 党总支 and five 党支部', () => {
    expect(DEMO_UNITS.map((u) => u.code)).toEqual(['FGW', 'FGW01', 'FGW0101', 'FGW0102', 'FGW02', 'FGW0201', 'FGW0202', 'FGW03', 'FGW0301']);
    expect(DEMO_UNITS.filter((u) => u.parentCode === 'FGW').map((u) => u.name)).toEqual(['综合业务党总支', '经济运行党总支', '投资与项目党总支']);
    expect(denominators(DEMO_UNITS[0]!)).toEqual({ members: 5, teams: 3, branches: 3 });
    expect(denominators(DEMO_UNITS[2]!)).toEqual({ members: 8, teams: 2, branches: 1 });
  });
});

describe('demo plan', () => {
  it('has 82 uploads, 3 returns and 17 approvals, 30 uploads in the current half-year', () => {
    expect(submits(plan)).toHaveLength(82);
    expect(submits(plan.filter((s) => s.period === '2026H2'))).toHaveLength(30);
    expect(plan.flatMap((s) => s.steps).filter((s) => s.do === 'return')).toHaveLength(3);
    expect(plan.flatMap((s) => s.steps).filter((s) => s.do === 'approve')).toHaveLength(17);
    expect(plan.filter((s) => s.period === '2026H1')).toHaveLength(51);
  });

  it('reviews 书记点评党员 and 分类定级自评 through the 党总支: history approved, now some 待审核 and one returned by its 党总支', () => {
    expect(DEMO_REVIEWED).toEqual(['secretary-review', 'branch-grading']);
    const last = (s: SlotScript) => s.steps.at(-1)!;
    const reviewed = plan.filter((s) => DEMO_REVIEWED.includes(s.templateId));
    expect(reviewed.filter((s) => s.period === '2026H1').every((s) => last(s).do === 'approve')).toBe(true);
    expect(Object.fromEntries(reviewed.filter((s) => s.period === '2026H2').map((s) => [`${s.unitCode}/${s.templateId}`, last(s).do]))).toEqual({
      'FGW0101/secretary-review': 'approve', 'FGW0102/secretary-review': 'submit', 'FGW0201/secretary-review': 'return', 'FGW0301/secretary-review': 'submit',
      'FGW0102/branch-grading': 'submit', 'FGW0201/branch-grading': 'approve',
    });
    const returned = plan.find((s) => s.period === '2026H2' && s.unitCode === 'FGW0201' && s.templateId === 'secretary-review')!;
    expect(last(returned)).toEqual({ do: 'return', comment: RETURN_BY_PARENT, by: 'parent' });
    // Only reviewed ledgers are approved.
    expect(plan.filter((s) => s.steps.some((x) => x.do === 'approve')).every((s) => DEMO_REVIEWED.includes(s.templateId))).toBe(true);
  });

  it('backdates every previous-period upload by slot and version, and its approval to the next day', () => {
    const sql = backdateSql('demo-fgw', plan, demoPeriodWindows(TODAY));
    expect(sql).toHaveLength(67);
    expect(sql.filter((s) => s.startsWith('UPDATE review_events'))).toHaveLength(15);
    expect(sql).toContain(
      "UPDATE review_events SET at = '2026-07-10T02:30:00.000Z' WHERE org = 'demo-fgw' AND submission_id IN (SELECT id FROM submissions WHERE org = 'demo-fgw' AND unit_code = 'FGW0101' AND template_id = 'secretary-review' AND period_code = '2026H1' AND version = 1)",
    );
    expect(sql).toContain(
      "UPDATE submissions SET submitted_at = '2026-07-21T02:30:00.000Z', late = 1 WHERE org = 'demo-fgw' AND unit_code = 'FGW0202' AND template_id = 'pledge-ledger' AND period_code = '2026H1' AND version = 1",
    );
    expect(sql).toContain(
      "UPDATE submissions SET submitted_at = '2026-07-11T02:30:00.000Z', late = 0 WHERE org = 'demo-fgw' AND unit_code = 'FGW0101' AND template_id = 'mass-evaluation' AND period_code = '2026H1' AND version = 2",
    );
    expect(sql.filter((s) => s.includes('late = 1'))).toHaveLength(3);
  });

  it('generates evaluations whose votes add up to 实参评人数 and gradings that match their score', () => {
    for (const { slot, step, i } of submits(plan)) {
      const { rows } = ledgerContent(slot, step, i);
      if (slot.templateId === 'mass-evaluation') {
        rows.forEach((r, n) => {
          const sum = (r.satisfied as number) + (r.basicallySatisfied as number) + (r.dissatisfied as number) + (r.abstained as number);
          if (step.variant === 'errors' && n === 1) expect(sum).toBe((r.participants as number) + 2);
          else expect(sum).toBe(r.participants);
          expect(r.participants as number).toBeLessThanOrEqual(r.eligible as number);
          expect(r.satisfied as number).toBeGreaterThanOrEqual(0);
        });
      }
      if (slot.templateId === 'branch-grading' && step.variant === 'good') expect(rows[0]!.grade).toBe(gradeFor(rows[0]!.total as number));
    }
  });

  it('flags one member of 国民经济综合处党支部 for 不满意 above one third', () => {
    const slot = plan.find((s) => s.period === '2026H2' && s.unitCode === 'FGW0201' && s.templateId === 'mass-evaluation')!;
    const { rows } = ledgerContent(slot, slot.steps[0] as Submit, 0);
    const flagged = rows.filter((r) => (r.dissatisfied as number) / (r.participants as number) > 1 / 3);
    expect(flagged.map((r) => r.target)).toEqual(['董建华']);
  });
});

describe('every generated ledger validates with exactly the findings its variant is meant to show', () => {
  const expected: Record<Submit['variant'], (templateId: string) => string[]> = {
    good: () => [],
    flagged: () => [],
    errors: (t) => (t === 'mass-evaluation' ? ['error row/sum-mismatch E6'] : ['error row/required-when J8']),
    vague: () => ['warning row/not-measurable F7', 'warning row/not-measurable F8', 'warning row/not-measurable F9'],
    'grade-off': () => ['warning row/grade-mismatch H5'],
  };
  it.each(['2026H1', '2026H2'])('%s', async (period) => {
    const seen = new Map<string, number>();
    for (const { slot, step, i } of submits(plan.filter((s) => s.period === period))) {
      const ledger = await ledgerForStep(slot, step, i);
      const options = { expectedTemplate: slot.templateId, period: slot.period };
      const { report, rows } = ledger.kind === 'file' ? validateFile(ledger.bytes, ledger.fileName, options) : validateGrid(ledger.grid, catalog, options);
      const label = `${slot.unitCode}/${slot.templateId}/${step.variant}`;
      expect({ label, issues: report.issues.map((x) => `${x.severity} ${x.code} ${x.cell}`) }).toEqual({ label, issues: expected[step.variant](slot.templateId) });
      expect(report.template?.id).toBe(slot.templateId);
      expect(rows.length + report.stats.errors).toBe(ledger.rows.length);
      seen.set(`${ledger.kind}/${step.variant}`, (seen.get(`${ledger.kind}/${step.variant}`) ?? 0) + 1);
    }
    expect(Object.fromEntries(seen)).toEqual(
      period === '2026H1'
        ? { 'file/good': 50, 'file/errors': 1, 'file/flagged': 1 }
        : { 'file/good': 17, 'file/vague': 2, 'file/errors': 2, 'file/flagged': 1, 'grid/good': 7, 'file/grade-off': 1 },
    );
  });
});
