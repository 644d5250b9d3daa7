import { beforeEach, describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../templates/model/grid.ts';
import { call, GOOD_ROWS, pledgeGrid, seedPeriod, seedWorld, TOKENS } from './helpers.ts';

const rosterGrid = (members: [string, string][]): Grid => ({
  source: { kind: 'workbook', name: '党员名册.xlsx' },
  sheets: [{
    name: '党员名册',
    values: [
      ['党员名册'],
      ['填报单位', '市发展改革委机关党委', '单位编码', 'A', '报送期次', '2026年上半年'],
      ['姓名', '所在党支部', '党内职务', '人员类别'],
      ...members.map(([name, branch]): CellValue[] => [name, branch, '', '在职']),
    ],
  }],
});

interface Issue { code: string; severity: string; params?: Record<string, unknown>; value?: unknown }
const coverage = (issues: Issue[]) => issues.filter((i) => i.code === 'sheet/coverage' || i.code === 'sheet/unknown-branch');

describe("coverage against the unit's own 党员名册", () => {
  beforeEach(async () => {
    await seedWorld();
    await seedPeriod('member-roster', '2026H1', '2026-01-01', '2099-07-15');
  });

  it('is skipped while the unit has sent no roster', async () => {
    const res = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(GOOD_ROWS) } });
    expect(coverage(((await res.json()) as { report: { issues: Issue[] } }).report.issues)).toEqual([]);
  });

  it('names every roster member without a pledge, and a branch the roster does not know', async () => {
    const roster = await call('POST', '/api/submissions', {
      token: TOKENS.a,
      json: { templateId: 'member-roster', period: '2026H1', grid: rosterGrid([['张三', '第一党支部'], ['李四', '第一党支部'], ['王五', '第二党支部']]) },
    });
    expect(roster.status).toBe(201);

    const rows = [...GOOD_ROWS, ['党员', '赵六', '第九党支部', '服务承诺', '走访10户', '每月走访', '2099-06-30', '推进中', '', ''] as (typeof GOOD_ROWS)[number]];
    const res = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(rows) } });
    expect(res.status).toBe(201);
    const found = coverage(((await res.json()) as { report: { issues: Issue[] } }).report.issues);
    expect(found.filter((i) => i.params?.member).map((i) => [i.params!.member, i.params!.branch])).toEqual([['李四', '第一党支部'], ['王五', '第二党支部']]);
    expect(found.filter((i) => i.code === 'sheet/unknown-branch').map((i) => i.value)).toEqual(['第九党支部']);
    expect(found.every((i) => i.severity === 'warning')).toBe(true);

    // Validating gives the unit the same answer before it submits.
    const checked = await call('POST', '/api/validate', { token: TOKENS.a, json: { templateId: 'pledge-ledger', grid: pledgeGrid(rows) } });
    expect(coverage(((await checked.json()) as { report: { issues: Issue[] } }).report.issues)).toEqual(found);
  });
});
