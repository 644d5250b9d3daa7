import { catalog } from '../catalog/index.ts';
import type { TemplateDefinition } from '../model/definition.ts';
import type { RowHead, StatusCell, SummaryNote } from './schema-core.ts';
import type { Summary } from './schema.ts';
import type { LedgerSummary, ListedUnit, Tally } from './spec.ts';
import { countsInSummary as counts } from './slot-state.ts';
import { cellOf, statusRow } from './status.ts';
import { addInto, CappedList, tallyOf, type SubmissionTally } from './tally.ts';
import { DEFAULT_LIST_CAP, type SummaryBuilder, type SummaryOptions, type SummarySubmission, type SummaryUnit } from './types.ts';
import { layoutTree } from './unit-tree.ts';

type Ledger = TemplateDefinition & { summary: LedgerSummary };
type Listed = ListedUnit & Record<string, unknown>;

/** Every ledger with a summary, catalog first, then expected ones the catalog does not hold; each once. */
function summarised(options: SummaryOptions): Ledger[] {
  const seen = new Set<string>();
  return [...(options.catalog ?? catalog), ...options.templates].filter((d): d is Ledger => {
    if (!d.summary || seen.has(d.id)) return false;
    seen.add(d.id);
    return true;
  });
}

/**
 * The consolidated summary, built as submissions stream in: each submission
 * becomes a tally (counted from its rows now, or read back as stored) merged
 * into its unit's, so memory grows with the number of units and the capped
 * lists, never with the number of rows. What each ledger counts and shows is
 * its definition's `summary`; this only lays out the tree and sums.
 */
export function createSummaryBuilder(options: SummaryOptions): SummaryBuilder {
  const cap = options.listCap ?? DEFAULT_LIST_CAP;
  const units = new Map<string, SummaryUnit>(options.units.map((u) => [u.code, u]));
  const templateIds = options.templates.map((d) => d.id);
  const expected = new Set(templateIds);
  const ledgers = summarised(options);
  const ledgerOf = new Map(ledgers.map((d) => [d.id, d]));
  /** Per template, per unit: the unit's tally of that ledger. */
  const tallies = new Map<string, Map<string, Tally>>(ledgers.map((d) => [d.id, new Map()]));
  const lists = new Map<string, CappedList<Listed>>(ledgers.flatMap((d) => Object.keys(d.summary.lists ?? {}).map((k) => [k, new CappedList<Listed>(cap)] as const)));
  const cells = new Map<string, Map<string, StatusCell>>();
  const notes: SummaryNote[] = [];
  let finished = false;

  /** Files the submission in 报送情况; the unit when it is one the summary counts, else null. */
  function place(submission: SummarySubmission): SummaryUnit | null {
    if (finished) throw new Error('summary builder: add() after finish()');
    const { unitCode, templateId } = submission;
    if (!expected.has(templateId)) {
      notes.push({ code: 'template/unexpected', unitCode, templateId });
      return null;
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
    return unit;
  }

  function merge(unit: SummaryUnit, templateId: string, tally: SubmissionTally): void {
    const own = tallies.get(templateId);
    if (!own) return;
    const t = own.get(unit.code) ?? {};
    addInto(t, tally.counters);
    own.set(unit.code, t);
    for (const [key, list] of Object.entries(tally.lists)) {
      const into = lists.get(key);
      if (!into) throw new Error(`summary builder: ${templateId} has no list "${key}"`);
      into.addMany(list.total, list.items?.map((item) => ({ unitCode: unit.code, unitName: unit.name, ...item })));
    }
  }

  return {
    add(submission, rows) {
      const unit = place(submission);
      if (!unit) return;
      if (!counts(submission)) {
        if (!isEmpty(rows)) notes.push({ code: 'submission/rows-ignored', unitCode: submission.unitCode, templateId: submission.templateId });
        return;
      }
      const def = ledgerOf.get(submission.templateId);
      if (def) merge(unit, def.id, tallyOf(def.summary, rows, cap));
    },

    addTally(submission, tally) {
      const unit = place(submission);
      if (unit && tally && counts(submission)) merge(unit, submission.templateId, tally);
    },

    finish() {
      finished = true;
      const all = [...units.values()];
      const layout = layoutTree(all, (code) => cells.has(code));
      for (const code of layout.unknownParents) notes.push({ code: 'unit/unknown-parent', unitCode: code });
      const allCodes = all.map((u) => u.code);
      const totalHead: RowHead = {
        unitCode: '', unitName: '合计', kind: 'subtotal', depth: 0, parent: null,
        members: all.reduce((s, u) => s + u.members, 0),
        teams: all.reduce((s, u) => s + u.teams, 0),
        branches: all.reduce((s, u) => s + u.branches, 0),
      };
      const heads = layout.rows.map((r) => r.head);
      const reportingUnits = layout.leaves.size;
      const isExpected = (code: string) => layout.leaves.has(code);

      const sections: Record<string, unknown> = {};
      for (const def of ledgers) {
        const s = def.summary;
        const params = { ...def.defaults, ...(options.params?.[def.id] ?? {}) };
        const own = judged(tallies.get(def.id)!, s, params);
        // A unit has a tally only when a counted submission was merged: how many a line sums says whether anything was reported there.
        const sum = (codes: readonly string[]): { t: Tally; counted: number } => {
          const t: Tally = {};
          let counted = 0;
          for (const c of codes) {
            const u = own.get(c);
            if (u) (addInto(t, u), counted++);
          }
          return { t, counted };
        };
        const lines = layout.rows.map((r) => ({ head: r.head, ...sum(r.codes) }));
        const rows = lines.map(({ t, head, counted }) => s.figures(t, { head, params, counted }));
        const total = sum(allCodes);
        s.rank?.(rows, heads);
        sections[s.key] = {
          rows,
          total: s.figures(total.t, { head: totalHead, params, counted: total.counted }),
          counted: { rows: lines.map((l) => l.counted), total: total.counted },
          ...(s.overall?.of(total.t, { params, reportingUnits, counted: total.counted }) ?? {}),
        };
        for (const key of Object.keys(s.lists ?? {})) sections[key] = lists.get(key)!.toJSON();
      }

      return {
        period: { code: options.period.code, label: options.period.label, start: options.period.start, end: options.period.end },
        generatedOn: options.generatedOn,
        templates: options.templates.map((d) => ({ id: d.id, name: d.name })),
        rows: heads,
        totals: { units: units.size, reportingUnits, members: totalHead.members, teams: totalHead.teams, branches: totalHead.branches },
        status: {
          rows: layout.rows.map((r) => statusRow(templateIds, r.codes, r.head.kind !== 'subtotal', (c) => cells.get(c), isExpected)),
          total: statusRow(templateIds, allCodes, false, (c) => cells.get(c), isExpected),
        },
        ...sections,
        notes,
      } as Summary;
    },
  };
}

/** Each unit's own tally with the definition's judgements added (on a copy: the stored tally stays as counted). */
function judged(own: ReadonlyMap<string, Tally>, s: LedgerSummary, params: object): ReadonlyMap<string, Tally> {
  if (!s.judgeUnit) return own;
  const out = new Map<string, Tally>();
  for (const [code, t] of own) {
    const copy = { ...t };
    s.judgeUnit(copy, params);
    out.set(code, copy);
  }
  return out;
}

function isEmpty(rows: Iterable<unknown>): boolean {
  for (const _ of rows) return false;
  return true;
}
