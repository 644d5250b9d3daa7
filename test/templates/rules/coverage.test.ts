import { describe, expect, it } from 'vitest';
import { branchCoverage, coverage, knownBranch, memberCoverage } from '../../../templates/rules/coverage.ts';
import { checkSheet, ctxOf } from '../catalog/fixtures.ts';

const pledge = (subjectType: string, pledger: string, branch: string, category = '服务承诺') => ({ subjectType, pledger, branch, category });

describe('knownBranch', () => {
  const rule = knownBranch('branch');
  const rows = [{ branch: '第一党支部' }, { branch: '第三党支部' }, { branch: ' 第二党支部' }, { branch: null }];

  it('warns on each row whose branch is not on the unit list', () => {
    expect(checkSheet([rule], rows, ctxOf({}, { branches: ['第一党支部', '第二党支部'] }))).toEqual([
      { code: 'sheet/unknown-branch', severity: 'warning', row: 4, column: 'branch', params: { branch: '第三党支部' }, expected: ['第一党支部', '第二党支部'] },
    ]);
  });

  it('is silent without a branch list', () => {
    expect(checkSheet([rule], rows, ctxOf({}))).toEqual([]);
  });
});

describe('branchCoverage (pledge ledger)', () => {
  const rule = branchCoverage();

  it('names each branch missing an organisational pledge or a 实事承诺', () => {
    const rows = [
      pledge('党组织', '第一党支部', '第一党支部', '实事承诺'),
      pledge('党员', '张三', '第二党支部', '实事承诺'),
      pledge('党组织', '第二党支部', '第二党支部'),
      pledge('党员', '李四', '第三党支部'),
    ];
    expect(checkSheet([rule], rows, ctxOf({}, { branches: ['第一党支部', '第二党支部', '第三党支部', '第四党支部'] }))).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第三党支部', missing: '党组织承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第三党支部', missing: '实事承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第四党支部', missing: '党组织承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第四党支部', missing: '实事承诺' } },
    ]);
  });

  it('falls back to the branches seen in the sheet', () => {
    const rows = [pledge('党组织', '第一党支部', '第一党支部', '实事承诺'), pledge('党员', '李四', '第三党支部'), pledge('党员', '王五', '第三 党支部')];
    expect(checkSheet([rule], rows, ctxOf({}))).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第三党支部', missing: '党组织承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第三党支部', missing: '实事承诺' } },
    ]);
  });
});

describe('memberCoverage (pledge ledger)', () => {
  const rule = memberCoverage();
  const roster = [
    { name: '张毅', branch: '第一党支部' },
    { name: '李四', branch: '第一党支部' },
    { name: '王伟', branch: '第一党支部' },
    { name: '王伟', branch: '第二党支部' },
  ];

  it('names each roster member without a 党员 pledge; spaces inside a name do not matter', () => {
    const rows = [pledge('党员', '张  毅', '第一党支部'), pledge('党组织', '李四', '第一党支部'), pledge('党员', '王伟', '第二党支部')];
    expect(checkSheet([rule], rows, ctxOf({}, { roster }))).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { member: '李四', branch: '第一党支部', missing: '党员承诺' } },
      { code: 'sheet/coverage', severity: 'warning', params: { member: '王伟', branch: '第一党支部', missing: '党员承诺' } },
    ]);
  });

  it('matches a unique name even when the branch is spelt differently', () => {
    const rows = [pledge('党员', '张毅', '一支部'), pledge('党员', '李四', '一支部'), pledge('党员', '王伟', '第一党支部'), pledge('党员', '王伟', '第二党支部')];
    expect(checkSheet([rule], rows, ctxOf({}, { roster }))).toEqual([]);
  });

  it('is silent without a roster', () => {
    expect(checkSheet([rule], [], ctxOf({}))).toEqual([]);
  });
});

describe('coverage', () => {
  it('checks a need-less branch list only against ctx.branches', () => {
    const rule = coverage({ of: 'branches', id: 'x', describe: 'x', branch: 'org', needs: [{ missing: '上级领导点评' }] });
    const rows = [{ org: '第一党支部' }];
    expect(checkSheet([rule], rows, ctxOf({}, { branches: ['第一党支部', '第二党支部'] }))).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { branch: '第二党支部', missing: '上级领导点评' } },
    ]);
    expect(checkSheet([rule], rows, ctxOf({}))).toEqual([]);
  });

  it('matches members by name alone when no branch column is given', () => {
    const rule = coverage({ of: 'members', id: 'y', describe: 'y', name: 'who', missing: '金点子' });
    const roster = [{ name: '王伟', branch: '第一党支部' }, { name: '王伟', branch: '第二党支部' }, { name: '阿依古丽·买买提', branch: '第二党支部' }];
    expect(checkSheet([rule], [{ who: '王伟' }, { who: '阿依古丽.买买提' }], ctxOf({}, { roster }))).toEqual([]);
    expect(checkSheet([rule], [{ who: '王伟' }], ctxOf({}, { roster }))).toEqual([
      { code: 'sheet/coverage', severity: 'warning', params: { member: '阿依古丽·买买提', branch: '第二党支部', missing: '金点子' } },
    ]);
  });
});
