import { describe, expect, it } from 'vitest';
import { branchCoverage, knownBranch, memberCoverage } from '../../../templates/rules/coverage.ts';
import type { RosterEntry, RowValues } from '../../../templates/model/definition.ts';
import { checkSheet, ctxOf } from '../catalog/fixtures.ts';

/**
 * A unit the size of a large 委机关 (100 branches, 10,000 members on the
 * roster, ~10,000 rows): the coverage rules must give exactly the findings a
 * small sheet would, with the same spelling tolerance and namesake handling.
 * Each gap below is planted on purpose and listed in the expected findings.
 */
const BRANCHES = Array.from({ length: 100 }, (_, b) => `第${b}党支部`);
const MEMBERS = 10_000;
const branchOf = (i: number): string => BRANCHES[i % BRANCHES.length]!;
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const noPledge = (i: number): boolean => i % 500 === 0;
const onlyOrgSubject = (i: number): boolean => i % 1000 === 250;

// Member 3 is listed twice (same name, same branch): a namesake to the roster, so the branch must match.
const roster: RosterEntry[] = [
  ...Array.from({ length: MEMBERS }, (_, i) => ({ name: `成员${i}`, branch: branchOf(i) })),
  { name: '成员3', branch: branchOf(3) },
  ...BRANCHES.map((branch) => ({ name: '王伟', branch })),
];

const pledge = (subjectType: string, pledger: string, branch: string, category: string): RowValues => ({ subjectType, pledger, branch, category });
const rows: RowValues[] = [];
for (const [b, branch] of BRANCHES.entries()) {
  // 第7党支部 has no 实事承诺 at all; 第13党支部 has no 党组织 pledge.
  if (b !== 13) rows.push(pledge('党组织', branch, branch, b === 7 ? '服务承诺' : '实事承诺'));
  // 王伟 pledges in every branch but 第98 (not at all) and 第99 (only under the 党组织 subject).
  if (b < 98) rows.push(pledge('党员', '王  伟', branch, '服务承诺'));
}
rows.push(pledge('党组织', '王伟', BRANCHES[99]!, '服务承诺'));
for (let i = 0; i < MEMBERS; i++) {
  if (noPledge(i)) continue;
  // Spelling noise nameKey sees through: full-width digits, padding, a space inside the branch.
  const name = i % 7 === 0 ? `成员 ${fullWidth(String(i))}` : `成员${i}`;
  const branch = i === 3 ? '第三支部' : i % 11 === 0 ? branchOf(i).replace('党', ' 党') : branchOf(i);
  const category = i % 100 === 7 ? '服务承诺' : i % 3 === 0 ? '实事承诺' : '服务承诺';
  rows.push(pledge(onlyOrgSubject(i) ? '党组织' : '党员', name, branch, category));
}
// Someone who pledged but is not on the roster (transferred in): no finding.
rows.push(pledge('党员', '新调入', branchOf(0), '服务承诺'));
// One misspelt branch the unit list does not know.
rows.push(pledge('党员', '成员1', '第1支部', '服务承诺'));

describe('coverage at the scale of a large unit', () => {
  const ctx = ctxOf({}, { roster, branches: BRANCHES });

  it('names exactly the branches with a missing need', () => {
    expect(checkSheet([branchCoverage()], rows, ctx)).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第7党支部', missing: '实事承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第13党支部', missing: '党组织承诺' } },
    ]);
  });

  it('names exactly the roster members without a 党员 pledge, in roster order', () => {
    // 成员3 (index 3) is missing too: listed twice, so its pledge under 第三支部 does not count for 第3党支部.
    const silent = Array.from({ length: MEMBERS }, (_, i) => i).filter((i) => noPledge(i) || onlyOrgSubject(i) || i === 3);
    expect(silent).toHaveLength(31);
    expect(checkSheet([memberCoverage()], rows, ctx)).toEqual([
      ...silent.map((i) => ({ code: 'sheet/coverage', severity: 'warning', params: { member: `成员${i}`, branch: branchOf(i), missing: '党员承诺' } })),
      { code: 'sheet/coverage', severity: 'warning', params: { member: '王伟', branch: '第98党支部', missing: '党员承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { member: '王伟', branch: '第99党支部', missing: '党员承诺' } },
    ]);
  });

  it('flags exactly the rows whose branch is not on the list', () => {
    const unknown = checkSheet([knownBranch('branch')], rows, ctx);
    expect(unknown.map((f) => [f.row, f.params])).toEqual([
      [rows.findIndex((r) => r.branch === '第三支部') + 3, { branch: '第三支部' }],
      [rows.length + 2, { branch: '第1支部' }],
    ]);
    expect(unknown[0]).toMatchObject({ code: 'sheet/unknown-branch', severity: 'warning', column: 'branch', expected: BRANCHES });
  });
});
