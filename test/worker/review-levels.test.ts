import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORG, PERIOD, type TreeUnit } from '../../bench/summary-fixture.ts';
import { seed, type BenchDb } from '../../bench/summary-seed.ts';
import { call, freshStorage, seedOrg, seedPeriod, seedToken } from './helpers.ts';

/**
 * Issue 10's summary per level on a generated organisation of 311 units:
 * 机关党委 W → 10 党总支 → 30 党支部 each. Leaves send both ledgers (some
 * rejected first, some late, some missing the evaluation — bench/summary-seed.ts);
 * three 党总支 also send their own. Then, by SQL, a mix of review states: some
 * versions wait for review, some were approved, some evaluations were returned.
 */
const DEPARTMENTS = 10;
const BRANCHES = 30;
const dept = (d: number) => `D${String(d).padStart(2, '0')}`;

function tree(): TreeUnit[] {
  const out: TreeUnit[] = [{ code: 'W', name: '机关党委', parentCode: null, members: 5, teams: 1, branches: DEPARTMENTS, reports: false }];
  for (let d = 0; d < DEPARTMENTS; d++) {
    out.push({ code: dept(d), name: `第${d + 1}党总支`, parentCode: 'W', members: 3 + d, teams: 1, branches: BRANCHES, reports: d % 4 === 1 });
    for (let b = 0; b < BRANCHES; b++)
      out.push({ code: `${dept(d)}-B${String(b).padStart(2, '0')}`, name: `第${d + 1}党总支第${b + 1}党支部`, parentCode: dept(d), members: 10 + ((d * 7 + b) % 25), teams: 1 + (b % 4), branches: 1, reports: true });
  }
  return out;
}

const token = (code: string) => `tzt_rv_${code}`;

type Json = Record<string, unknown>;
interface Row { unitCode: string; kind: string; parent: string | null }
type Summary = Json & { rows: Row[]; status: { rows: { counts: Json }[]; total: { counts: Json } } };

const summaryAs = async (t: string): Promise<Summary> => {
  const res = await call('GET', `/api/admin/summary?period=${PERIOD}`, { token: t });
  expect(res.status).toBe(200);
  return (await res.json()) as Summary;
};

/** The per-row sections of a summary (every ledger's, by key) and its capped lists. */
const sections = (s: Summary) => Object.entries(s).filter((e): e is [string, { rows: Json[]; total: Json }] => e[0] !== 'status' && typeof e[1] === 'object' && e[1] !== null && 'rows' in e[1] && 'total' in e[1]);
const lists = (s: Summary) => Object.entries(s).filter((e): e is [string, { items: { unitCode: string }[]; cut: number }] => typeof e[1] === 'object' && e[1] !== null && 'items' in e[1]);

/**
 * Every number in a figures object by path, leaving out what does not add up:
 * rates, coverage and rank, and quotas (示范岗 ≥ 10% of a row's members, rounded
 * up per row, so ten rows need more than their sum would).
 */
function additive(figures: unknown, path = ''): Map<string, number> {
  const out = new Map<string, number>();
  if (typeof figures === 'number') {
    if (!/rate|coverage|rank|required/i.test(path)) out.set(path, figures);
  } else if (figures && typeof figures === 'object')
    for (const [k, v] of Object.entries(figures)) for (const [p, n] of additive(v, `${path}.${k}`)) out.set(p, n);
  return out;
}
const sumOf = (parts: unknown[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const p of parts) for (const [k, n] of additive(p)) out.set(k, (out.get(k) ?? 0) + n);
  return out;
};

let org: Summary;

beforeAll(async () => {
  await freshStorage();
  await seedOrg(ORG);
  await seedToken(token('admin'), 'admin', null, ORG);
  for (const t of ['pledge-ledger', 'mass-evaluation']) await seedPeriod(t, PERIOD, '2026-01-01', '2026-07-15', ORG);
  const units = tree();
  await seed(env.DB as unknown as BenchDb, { first: 0, units, pledges: 3, evaluations: 2, tallies: true });
  for (let d = 0; d < DEPARTMENTS; d++) await seedToken(token(dept(d)), 'unit', dept(d), ORG);
  // The mix of review states, by the last digit of the unit's code.
  await env.DB.batch([
    // Sent after the due date (lateness is judged on the time sent, against the due date).
    env.DB.prepare("UPDATE submissions SET submitted_at = '2026-07-20T02:00:00.000Z' WHERE substr(unit_code, -2, 1) = '1'"),
    env.DB.prepare("UPDATE submissions SET review = 'pending' WHERE status <> 'rejected' AND substr(unit_code, -1) IN ('3', '8')"),
    env.DB.prepare("UPDATE submissions SET review = 'approved' WHERE status <> 'rejected' AND substr(unit_code, -1) = '5'"),
    env.DB.prepare("UPDATE submissions SET status = 'returned', return_comment = '请核实', returned_at = submitted_at, returned_by = substr(unit_code, 1, 3) WHERE status <> 'rejected' AND template_id = 'mass-evaluation' AND substr(unit_code, -1) = '7'"),
  ]);
  org = await summaryAs(token('admin'));
}, 120_000);

describe('a summary per level, on 311 units in three levels', () => {
  it('has the mix it is meant to check: on time, late, 待审核, returned, rejected and missing', () => {
    type Counts = Record<'expected' | 'onTime' | 'late' | 'pendingReview' | 'missing' | 'returned' | 'rejected', number>;
    const c = org.status.total.counts as Record<string, Counts>;
    for (const key of ['onTime', 'late', 'pendingReview', 'missing', 'returned'] as const) expect(c['pledge-ledger']![key] + c['mass-evaluation']![key], key).toBeGreaterThan(0);
    expect(c['pledge-ledger']!.expected).toBe(DEPARTMENTS * BRANCHES);
  });

  it.each(Array.from({ length: DEPARTMENTS }, (_, d) => dept(d)))("%s: the 党总支's own summary is the organisation's subtotal row for it, every figure", async (code) => {
    const mine = await summaryAs(token(code));
    const at = org.rows.findIndex((r) => r.kind === 'subtotal' && r.unitCode === code);
    expect(at).toBeGreaterThan(0);
    expect(mine.status.total.counts).toEqual(org.status.rows[at]!.counts);
    const theirs = new Map(sections(org));
    for (const [key, section] of sections(mine)) expect({ key, figures: section.total }).toEqual({ key, figures: theirs.get(key)!.rows[at] });
    // Its lists are the organisation's, cut at its subtree (none is capped at this size).
    const inside = new Set(mine.rows.map((r) => r.unitCode));
    const orgLists = new Map(lists(org));
    for (const [key, list] of lists(mine)) {
      expect(orgLists.get(key)!.cut).toBe(0);
      expect({ key, items: list.items }).toEqual({ key, items: orgLists.get(key)!.items.filter((i) => inside.has(i.unitCode)) });
    }
  });

  it("gives each 党总支 the sum of its children's counted figures, and the organisation the sum of its 党总支", () => {
    const childRows = (parent: string) => org.rows.flatMap((r, i) => ((r.kind !== 'subtotal' && r.parent === parent) || (r.kind === 'own' && r.unitCode === parent) ? [i] : []));
    const at = (code: string) => org.rows.findIndex((r) => r.kind === 'subtotal' && r.unitCode === code);
    for (let d = 0; d < DEPARTMENTS; d++) {
      const rows = childRows(dept(d));
      expect(rows).toHaveLength(BRANCHES + (d % 4 === 1 ? 1 : 0));
      for (const [key, section] of sections(org))
        expect({ key, sum: sumOf(rows.map((i) => section.rows[i])) }).toEqual({ key, sum: additive(section.rows[at(dept(d))]) });
      expect(sumOf(rows.map((i) => org.status.rows[i]!.counts))).toEqual(additive(org.status.rows[at(dept(d))]!.counts));
    }
    const departments = Array.from({ length: DEPARTMENTS }, (_, d) => at(dept(d)));
    for (const [key, section] of sections(org)) expect({ key, sum: sumOf(departments.map((i) => section.rows[i])) }).toEqual({ key, sum: additive(section.total) });
    expect(sumOf(departments.map((i) => org.status.rows[i]!.counts))).toEqual(additive(org.status.total.counts));
  });
});
