import { catalog } from '../../templates/catalog/index.ts';
import { periodRange } from '../../templates/model/period.ts';
import { countsInSummary, createSummaryBuilder, DEFAULT_LIST_CAP, shownVersion, entriesNeeded, type DetailRow, type Summary, type SummarySubmission } from '../../templates/summary/index.ts';
import type { Scope } from '../app-env.ts';
import { unitsInScope } from '../auth/scope.ts';
import type { ListItem } from '../../templates/summary/spec.ts';
import { countedRowsPage, ROWS_PER_PAGE } from '../db/counted-rows.ts';
import { orgParams } from '../db/params.ts';
import { listPeriods } from '../db/periods.ts';
import { listSubmissions, type SubmissionRecord } from '../db/submissions.ts';
import { groupsOf, IDS_PER_QUERY, listItems } from '../db/tallies.ts';
import { listUnits, type UnitRecord } from '../db/units.ts';
import { periodNotSet } from '../http/not-found.ts';
import { chinaDate, isLate } from '../../templates/model/china-time.ts';
import { periodTallies } from './summary-tallies.ts';

export interface BuiltSummary {
  summary: Summary;
  /** The counted rows, group by group, for the 明细 sheets (read lazily, after the summary sheets). */
  details: () => AsyncIterable<DetailRow>;
}

/** Late against the slot's due date as it is now (the office may have extended it since). */
const toSummarySubmission = (s: SubmissionRecord, due: string): SummarySubmission => ({
  unitCode: s.unitCode, templateId: s.templateId, version: s.version, submittedAt: s.submittedAt,
  status: s.status, late: isLate(new Date(s.submittedAt), due), errors: s.errors, warnings: s.warnings, ...(s.source === 'file' ? { source: s.fileName } : {}), nilReturn: s.nilReturn,
  review: s.review,
});

/**
 * The consolidated summary of one period from the tallies stored with each
 * counted submission: one small record per unit and ledger, never the rows
 * (which only the 明细 sheets and a first read after a migration touch). The
 * capped lists' entries are read only while a list still has room. A
 * reviewer's summary (scope) is built the same way from its subtree alone, its
 * unit at the top: its total is the organisation's subtotal row of that unit.
 */
export async function buildSummary(db: D1Database, org: string, periodCode: string, now: Date, scope: Scope | null): Promise<BuiltSummary> {
  const period = periodRange(periodCode);
  const [all, periods, subs, params] = await Promise.all([
    listUnits(db, org), listPeriods(db, org, periodCode), listSubmissions(db, org, { periodCode, ...(scope ? { unitCodes: scope.codes } : {}) }), orgParams(db, org),
  ]);
  if (!period || periods.length === 0) throw periodNotSet(periodCode);
  const units = unitsInScope(all, scope);
  const slotted = new Set(periods.map((p) => p.templateId));
  const dueOf = new Map(periods.map((p) => [p.templateId, p.due]));
  const templates = catalog.filter((d) => slotted.has(d.id));

  // Each slot's current version, in the order the builder takes them (unit, then ledger).
  const bySlot = new Map<string, SubmissionRecord[]>();
  for (const s of subs) {
    if (!slotted.has(s.templateId)) continue;
    const key = `${s.unitCode}\u0000${s.templateId}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), s]);
  }
  const unitCodes = [...new Set([...units.map((u) => u.code), ...subs.map((s) => s.unitCode)])];
  const slots = unitCodes.flatMap((unitCode) =>
    templates.flatMap((def) => {
      const versions = bySlot.get(`${unitCode}\u0000${def.id}`);
      return versions ? [shownVersion(versions).shown!] : [];
    }),
  );
  const tallies = await periodTallies(db, org, periodCode, slots.filter(countsInSummary));

  // List entries only for the first submissions, while a list has room.
  const ordered = slots.flatMap((s) => {
    const tally = tallies.get(s.id)?.tally;
    return tally ? [{ id: s.id, tally }] : [];
  });
  const entries = new Map<string, Record<string, ListItem[]>>();
  for (const ids of groupsOf([...entriesNeeded(ordered, DEFAULT_LIST_CAP)], IDS_PER_QUERY)) for (const [id, v] of await listItems(db, ids)) entries.set(id, v);

  const builder = createSummaryBuilder({
    period,
    units: units.map((u) => ({ code: u.code, name: u.name, parent: u.parentCode, members: u.members, teams: u.teams, branches: u.branches })),
    templates,
    generatedOn: chinaDate(now),
    params,
  });
  for (const s of slots) {
    const stored = tallies.get(s.id)?.tally ?? null;
    const items = entries.get(s.id);
    const tally = stored && items
      ? { counters: stored.counters, lists: Object.fromEntries(Object.entries(stored.lists).map(([k, l]) => [k, { total: l.total, items: items[k] ?? [] }])) }
      : stored;
    builder.addTally(toSummarySubmission(s, dueOf.get(s.templateId)!), tally);
  }

  const names = new Map(units.map((u: UnitRecord) => [u.code, u.name]));
  // Ledger by ledger, page by page: each 明细 sheet is written whole before the next, so the workbook streams.
  async function* details(): AsyncIterable<DetailRow> {
    for (const def of templates) {
      let after: { unitCode: string; row: number } | null = null;
      for (;;) {
        const page = await countedRowsPage(db, org, periodCode, def.id, after, scope?.codes ?? null);
        for (const r of page) yield { unitCode: r.unitCode, unitName: names.get(r.unitCode) ?? r.unitCode, templateId: def.id, row: r.row };
        if (page.length < ROWS_PER_PAGE) break;
        const last = page.at(-1)!;
        after = { unitCode: last.unitCode, row: last.row.row };
      }
    }
  }
  return { summary: builder.finish(), details };
}
