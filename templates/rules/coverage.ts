import type { Params, RowValues, SheetFinding, SheetRule, ValidRow } from '../model/definition.ts';
import { memoNameKey } from './name-key.ts';

/**
 * Sheet rules that compare a ledger with the unit's branches and member roster:
 * "every branch has …", "every member has …", "this branch is one of ours".
 * All are warnings: the lists come from the admin and lag behind reality, and a
 * gap is something to chase, not a reason to refuse the file.
 */

type RowFilter = (row: RowValues) => boolean;

export interface BranchCoverageSpec {
  of: 'branches';
  id: string;
  describe: string;
  /** Column holding the branch (所在党支部 / 被点评党组织). */
  branch: string;
  /** What every branch needs at least one row of; `missing` names it in the finding. */
  needs: readonly { missing: string; where?: RowFilter }[];
  /**
   * Without ctx.branches, check the branches seen in the rows instead. Only useful
   * when `needs` filter rows (a branch seen with pledges but no 实事承诺); for "every
   * branch reviewed" every seen branch is covered by definition.
   */
  seenWhenUnknown?: boolean;
}

export interface MemberCoverageSpec {
  of: 'members';
  id: string;
  describe: string;
  /** Column holding the member's name. */
  name: string;
  /** Column holding the member's branch; used only to tell apart namesakes on the roster. */
  branch?: string;
  /** Which rows count (e.g. only 承诺主体 = 党员). */
  where?: RowFilter;
  /** What the member lacks (党员承诺, 书记点评, 金点子), for the message. */
  missing: string;
}

/** One builder for every "each X has at least one row" check (findings: sheet/coverage, warning). */
export function coverage<P extends Params = Params>(spec: BranchCoverageSpec | MemberCoverageSpec): SheetRule<P> {
  return {
    id: spec.id,
    describe: spec.describe,
    check: (rows, ctx) => (spec.of === 'branches' ? branchGaps(spec, rows, ctx.branches) : memberGaps(spec, rows, ctx.roster)),
  };
}

function branchGaps(spec: BranchCoverageSpec, rows: ValidRow[], known: string[] | undefined): SheetFinding[] {
  const key = memoNameKey();
  // One pass over the rows: for each branch key, which needs some row of it meets.
  const met = new Map<string, boolean[]>();
  for (const r of rows) {
    const v = r.values[spec.branch];
    if (!isText(v)) continue;
    const k = key(v);
    let flags = met.get(k);
    if (!flags) met.set(k, (flags = spec.needs.map(() => false)));
    spec.needs.forEach((need, i) => {
      if (!flags[i] && (need.where?.(r.values) ?? true)) flags[i] = true;
    });
  }
  const universe = known ?? (spec.seenWhenUnknown ? rows.map((r) => r.values[spec.branch]).filter(isText) : []);
  const out: SheetFinding[] = [];
  for (const branch of uniqueBy(universe, key)) {
    const flags = met.get(key(branch));
    spec.needs.forEach((need, i) => {
      if (!flags?.[i]) out.push({ code: 'sheet/coverage', severity: 'warning', params: { branch, missing: need.missing } });
    });
  }
  return out;
}

/**
 * Members are matched by name. Only when the roster holds two people of the same
 * name does the branch have to match as well — demanding it always would turn every
 * 第一支部/第一党支部 spelling difference into a "missing member".
 */
function memberGaps(spec: MemberCoverageSpec, rows: ValidRow[], roster: { name: string; branch: string }[] | undefined): SheetFinding[] {
  if (!roster) return [];
  const key = memoNameKey();
  const nameCounts = new Map<string, number>();
  for (const m of roster) {
    const name = key(m.name);
    nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  }
  // Rows indexed once (name → the branches it was pledged under), so each roster entry is a lookup, not a scan.
  const branchesOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const v = r.values[spec.name];
    if (!isText(v) || !(spec.where?.(r.values) ?? true)) continue;
    const name = key(v);
    let seen = branchesOf.get(name);
    if (!seen) branchesOf.set(name, (seen = new Set()));
    const branch = spec.branch === undefined ? undefined : r.values[spec.branch];
    if (isText(branch)) seen.add(key(branch));
  }
  const out: SheetFinding[] = [];
  for (const m of uniqueBy(roster, (e) => `${key(e.name)}\u0000${key(e.branch)}`)) {
    const name = key(m.name);
    const seen = branchesOf.get(name);
    const namesake = (nameCounts.get(name) ?? 0) > 1 && spec.branch !== undefined;
    const covered = seen !== undefined && (!namesake || seen.has(key(m.branch)));
    if (!covered) out.push({ code: 'sheet/coverage', severity: 'warning', params: { member: m.name, branch: m.branch, missing: spec.missing } });
  }
  return out;
}

/**
 * The branch in `column` must be one of ctx.branches. A warning, not an error: the
 * admin's list lags behind reorganisations and renamings, the row's figures are
 * real and still belong in the summary, and the fix is usually a spelling — the
 * finding lists the known branches so the user can pick the right one.
 */
export function knownBranch<P extends Params = Params>(column: string): SheetRule<P> {
  return {
    id: `known-branch:${column}`,
    describe: '党支部名称应与本单位党支部名单一致。',
    check: (rows, ctx) => {
      const branches = ctx.branches;
      if (!branches) return [];
      const key = memoNameKey();
      const keys = new Set(branches.map(key));
      // One copy of the list shared by every finding: a sheet of misspelt branches must not copy it per row.
      const expected = [...branches];
      return rows.flatMap((r): SheetFinding[] => {
        const v = r.values[column];
        return isText(v) && !keys.has(key(v))
          ? [{ code: 'sheet/unknown-branch', severity: 'warning', row: r.row, column, params: { branch: v }, expected }]
          : [];
      });
    },
  };
}

/** 承诺践诺台账: every branch has an organisational pledge and a 实事承诺 (by anyone in the branch). */
export const branchCoverage = <P extends Params = Params>(): SheetRule<P> =>
  coverage<P>({
    of: 'branches',
    id: 'coverage:branch-pledges',
    describe: '每个党支部至少有1项党组织承诺和1项实事承诺。',
    branch: 'branch',
    needs: [
      { missing: '党组织承诺', where: (r) => r.subjectType === '党组织' },
      { missing: '实事承诺', where: (r) => r.category === '实事承诺' },
    ],
    seenWhenUnknown: true,
  });

/** 承诺践诺台账: every member on the roster signed at least one pledge. */
export const memberCoverage = <P extends Params = Params>(): SheetRule<P> =>
  coverage<P>({
    of: 'members',
    id: 'coverage:member-pledges',
    describe: '党员名册中的每名党员至少有1项党员承诺。',
    name: 'pledger',
    branch: 'branch',
    where: (r) => r.subjectType === '党员',
    missing: '党员承诺',
  });

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    return !seen.has(k) && (seen.add(k), true);
  });
}
