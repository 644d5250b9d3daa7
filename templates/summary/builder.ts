import { demonstrationAction, type DemonstrationParams } from '../catalog/demonstration-action.ts';
import type { Summary, StatusCell } from './schema.ts';
import type { Counter, SummaryLists } from './sections/context.ts';
import { countDemonstration, demonstrationFigures, namedOf } from './sections/demonstration.ts';
import { countEvaluation, evaluationFigures, rankBySatisfaction } from './sections/evaluation.ts';
import { countGrading, gradingFigures } from './sections/grading.ts';
import { countIdeas, ideaFigures } from './sections/ideas.ts';
import { countPledges, pledgeFigures } from './sections/pledges.ts';
import { countRectification, rectificationFigures } from './sections/rectification.ts';
import { countLeaderReviews, countSecretaryReviews, reviewFigures } from './sections/reviews.ts';
import { cellOf, statusRow } from './status.ts';
import { addInto, CappedList, quotaOf, type Tally } from './tally.ts';
import { DEFAULT_LIST_CAP, type SummaryBuilder, type SummaryOptions, type SummaryUnit } from './types.ts';
import { layoutTree, type TreeRow } from './unit-tree.ts';

/** Which ledger feeds which counter; templates without one (党员名册) only show in 报送情况. */
const COUNTERS: Record<string, Counter> = {
  'pledge-ledger': countPledges,
  'mass-evaluation': countEvaluation,
  'leader-review': countLeaderReviews,
  'secretary-review': countSecretaryReviews,
  'demonstration-action': countDemonstration,
  'rectification-ledger': countRectification,
  'branch-grading': countGrading,
  'golden-ideas': countIdeas,
};

/**
 * The consolidated summary, built as submissions stream in: each add() counts
 * its rows into the unit's tally and lets them go, so memory grows with the
 * number of units (and the capped lists), never with the number of rows.
 */
export function createSummaryBuilder(options: SummaryOptions): SummaryBuilder {
  const cap = options.listCap ?? DEFAULT_LIST_CAP;
  const units = new Map<string, SummaryUnit>(options.units.map((u) => [u.code, u]));
  const templateIds = options.templates.map((d) => d.id);
  const expectedTemplates = new Set(templateIds);
  const tallies = new Map<string, Tally>();
  const cells = new Map<string, Map<string, StatusCell>>();
  const notes: Summary['notes'] = [];
  const lists: SummaryLists = {
    overduePledges: new CappedList(cap),
    flaggedObjects: new CappedList(cap),
    overdueRectifications: new CappedList(cap),
  };
  let finished = false;

  return {
    add(submission, rows) {
      if (finished) throw new Error('summary builder: add() after finish()');
      const { unitCode, templateId } = submission;
      if (!expectedTemplates.has(templateId)) {
        notes.push({ code: 'template/unexpected', unitCode, templateId });
        return;
      }
      let unit = units.get(unitCode);
      if (!unit) {
        // A submission from a unit missing from the list still counts, at the top level.
        unit = { code: unitCode, name: unitCode, parent: null, members: 0, teams: 0, branches: 0 };
        units.set(unitCode, unit);
        notes.push({ code: 'unit/unlisted', unitCode });
      }
      const unitCells = cells.get(unitCode) ?? new Map<string, StatusCell>();
      if (unitCells.has(templateId)) throw new Error(`summary builder: ${unitCode}/${templateId} added twice; pass only the latest counted submission`);
      unitCells.set(templateId, cellOf(submission));
      cells.set(unitCode, unitCells);

      const counted = submission.status === 'accepted' || submission.status === 'accepted_with_warnings';
      if (!counted) {
        if (!isEmpty(rows)) notes.push({ code: 'submission/rows-ignored', unitCode, templateId });
        return;
      }
      const counter = COUNTERS[templateId];
      if (!counter) return;
      const tally = tallies.get(unitCode) ?? {};
      counter(tally, rows, { unitCode, unitName: unit.name, lists });
      tallies.set(unitCode, tally);
    },

    finish() {
      finished = true;
      const layout = layoutTree([...units.values()], (code) => cells.has(code));
      for (const code of layout.unknownParents) notes.push({ code: 'unit/unknown-parent', unitCode: code });
      const sum = (codes: readonly string[]): Tally => {
        const t: Tally = {};
        for (const c of codes) {
          const own = tallies.get(c);
          if (own) addInto(t, own);
        }
        return t;
      };
      const allCodes = [...units.values()].map((u) => u.code);
      const all = [...units.values()];
      const totalHead = {
        unitCode: '', unitName: '合计', kind: 'subtotal' as const, depth: 0, parent: null,
        members: all.reduce((s, u) => s + u.members, 0),
        teams: all.reduce((s, u) => s + u.teams, 0),
        branches: all.reduce((s, u) => s + u.branches, 0),
      };
      const rowTallies = layout.rows.map((r) => sum(r.codes));
      const totalTally = sum(allCodes);

      const quotas: DemonstrationParams = { ...demonstrationAction.defaults, ...(options.params?.['demonstration-action'] ?? {}) };
      const section = <F>(figures: (t: Tally, head: TreeRow['head']) => F) => ({
        rows: layout.rows.map((r, i) => figures(rowTallies[i]!, r.head)),
        total: figures(totalTally, totalHead),
      });

      const evaluation = section(evaluationFigures);
      const reporting = layout.rows.map((r) => r.head.kind !== 'subtotal');
      const ranks = rankBySatisfaction(evaluation.rows.map((f, i) => (reporting[i] && f.participants > 0 ? f.satisfactionRate : null)));
      evaluation.rows.forEach((f, i) => (f.rank = ranks[i] ?? null));

      const isExpected = (code: string) => layout.leaves.has(code);
      const reportingUnits = layout.leaves.size;
      const unitsNamed = namedOf(totalTally, '示范单位');
      const unitsRequired = quotaOf(quotas.unitQuota, reportingUnits);
      const sectorsNamed = namedOf(totalTally, '示范行业');

      return {
        period: { code: options.period.code, label: options.period.label, start: options.period.start, end: options.period.end },
        generatedOn: options.generatedOn,
        templates: options.templates.map((d) => ({ id: d.id, name: d.name })),
        rows: layout.rows.map((r) => r.head),
        totals: { units: units.size, reportingUnits, members: totalHead.members, teams: totalHead.teams, branches: totalHead.branches },
        status: {
          rows: layout.rows.map((r) => statusRow(templateIds, r.codes, r.head.kind !== 'subtotal', (c) => cells.get(c), isExpected)),
          total: statusRow(templateIds, allCodes, false, (c) => cells.get(c), isExpected),
        },
        pledges: section(pledgeFigures),
        overduePledges: lists.overduePledges.toJSON(),
        evaluation,
        flaggedObjects: lists.flaggedObjects.toJSON(),
        reviews: section(reviewFigures),
        demonstration: {
          ...section(demonstrationFigures(quotas)),
          quotas: { ...quotas },
          units: { named: unitsNamed, required: unitsRequired, met: unitsNamed >= unitsRequired },
          sectors: { named: sectorsNamed, min: quotas.sectorMin, max: quotas.sectorMax, met: sectorsNamed >= quotas.sectorMin && sectorsNamed <= quotas.sectorMax },
        },
        rectification: section(rectificationFigures),
        overdueRectifications: lists.overdueRectifications.toJSON(),
        grading: section(gradingFigures),
        ideas: section(ideaFigures),
        notes,
      };
    },
  };
}

function isEmpty(rows: Iterable<unknown>): boolean {
  for (const _ of rows) return false;
  return true;
}
