import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, GOOD_ROWS, pledgeGrid, seedOrg, seedPeriod, seedWorld, TOKENS, type PledgeRow } from './helpers.ts';

interface Submitted { submission: { id: string; version: number; status: string; late: boolean; duplicateOf: number | null }; report: { stats: { errors: number } } }
const submitGrid = async (rows: PledgeRow[], token: string = TOKENS.a, templateId = 'pledge-ledger', name?: string, status = 201) => {
  const res = await call('POST', '/api/submissions', { token, json: { templateId, period: '2026H1', grid: pledgeGrid(rows, name) } });
  expect(res.status).toBe(status);
  return (await res.json()) as Submitted;
};
const cellOf = async (unit: string, templateId = 'pledge-ledger') => {
  const res = await call('GET', '/api/admin/status?period=2026H1', { token: TOKENS.admin });
  return ((await res.json()) as { cells: { unitCode: string; templateId: string; state: string; label: string; version: number | null; rejectedAfter: unknown }[] }).cells.find((c) => c.unitCode === unit && c.templateId === templateId)!;
};

describe('versions, lateness and rejected uploads', () => {
  beforeEach(() => seedWorld());

  it('keeps every one of 5 parallel submissions, numbered 1..5, latest = 5', async () => {
    // Five different workbooks (an identical re-send is not a new version: see below).
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => submitGrid(GOOD_ROWS, TOKENS.a, 'pledge-ledger', `承诺践诺台账-${i}.xlsx`)));
    expect(results.map((r) => r.submission.version).sort()).toEqual([1, 2, 3, 4, 5]);
    const stored = await env.DB.prepare("SELECT version FROM submissions WHERE unit_code = 'A' ORDER BY version").all<{ version: number }>();
    expect(stored.results.map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
    const fifth = results.find((r) => r.submission.version === 5)!;
    const counted = await env.DB.prepare('SELECT id FROM counted_submissions').all<{ id: string }>();
    expect(counted.results).toEqual([{ id: fifth.submission.id }]);
    expect(await cellOf('A')).toMatchObject({ state: 'on_time', version: 5 });
    const rowCount = await env.DB.prepare('SELECT COUNT(*) AS n FROM submission_rows').first<{ n: number }>();
    expect(rowCount!.n).toBe(10);
  });

  it('answers an identical re-send with the version it repeats, storing nothing new', async () => {
    const first = await submitGrid(GOOD_ROWS);
    const again = await submitGrid(GOOD_ROWS, TOKENS.a, 'pledge-ledger', undefined, 200);
    expect(again.submission).toEqual({ ...first.submission, duplicateOf: 1 });
    const stored = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE unit_code = 'A'").first<{ n: number }>();
    expect(stored!.n).toBe(1);
    // Only the newest version is compared: going back to an earlier file is a real change.
    const other = await submitGrid(GOOD_ROWS.slice(0, 1));
    expect(other.submission).toMatchObject({ version: 2, duplicateOf: null });
    expect((await submitGrid(GOOD_ROWS)).submission).toMatchObject({ version: 3, duplicateOf: null });
  });

  it('stores a ledger with errors as rejected; it never counts', async () => {
    const bad: PledgeRow[] = [['党员', '王五', '第一党支部', '服务承诺', '走访10户', '走访', '2026-06-30', '做完了', '', '']];
    const first = await submitGrid(bad);
    expect(first.submission).toMatchObject({ version: 1, status: 'rejected' });
    expect(first.report.stats.errors).toBe(1);
    // Its rows are not stored, but 我的报送 still says how many were read.
    const listed = (await (await call('GET', '/api/submissions', { token: TOKENS.a })).json()) as { submissions: { rowsRead: number; rowCount: number }[] };
    expect(listed.submissions[0]).toMatchObject({ rowsRead: 1, rowCount: 0 });
    expect(await cellOf('A')).toMatchObject({ state: 'rejected', label: '已拒收', version: null, rejectedAfter: { id: first.submission.id, version: 1, errors: 1 } });

    const good = await submitGrid(GOOD_ROWS);
    const third = await submitGrid(bad);
    expect(third.submission.version).toBe(3);
    // v3 was rejected, so v2 still counts; the office sees the failed retry.
    expect(await cellOf('A')).toMatchObject({ state: 'on_time', version: 2, rejectedAfter: { id: third.submission.id, version: 3, errors: 1 } });
    const counted = await env.DB.prepare('SELECT id FROM counted_submissions').all<{ id: string }>();
    expect(counted.results).toEqual([{ id: good.submission.id }]);
  });
});

describe('a submission after the due date', () => {
  beforeEach(async () => {
    await seedWorld('2026-07-15');
  });

  it('is stored, marked late and shown as 逾期报送', async () => {
    const late = await submitGrid(GOOD_ROWS);
    expect(late.submission).toMatchObject({ version: 1, status: 'accepted', late: true });
    expect(await cellOf('A')).toMatchObject({ state: 'late', label: '逾期报送', version: 1 });
    const row = await env.DB.prepare('SELECT late FROM submissions WHERE id = ?').bind(late.submission.id).first<{ late: number }>();
    expect(row!.late).toBe(1);
  });

  it('is on time again when the office extends the deadline past it, on the board and in the summary', async () => {
    await submitGrid(GOOD_ROWS);
    expect(await cellOf('A')).toMatchObject({ state: 'late' });
    const moved = await call('PUT', '/api/admin/periods/pledge-ledger/2026H1', { token: TOKENS.admin, json: { due: '2099-12-31' } });
    expect(moved.status).toBe(200);
    expect(await cellOf('A')).toMatchObject({ state: 'on_time', label: '按时报送' });
    const summary = (await (await call('GET', '/api/admin/summary?period=2026H1', { token: TOKENS.admin })).json()) as {
      status: { total: { counts: Record<string, { onTime: number; late: number }> } };
    };
    expect(summary.status.total.counts['pledge-ledger']).toMatchObject({ onTime: 1, late: 0 });
  });

  it('lists only the templates that have this period, for every unit', async () => {
    await seedOrg();
    await seedPeriod('golden-ideas', '2026H1', '2026-01-01', '2099-01-01');
    const res = await call('GET', '/api/admin/status?period=2026H1', { token: TOKENS.admin });
    const body = (await res.json()) as { period: unknown; templates: { id: string; due: string }[]; cells: { unitCode: string; templateId: string; state: string }[] };
    expect(body.period).toEqual({ code: '2026H1', label: '2026年上半年' });
    // In the catalog's order: 承诺践诺台账 before 金点子登记表.
    expect(body.templates.map((t) => [t.id, t.due])).toEqual([['pledge-ledger', '2026-07-15'], ['golden-ideas', '2099-01-01']]);
    expect(body.cells.map((c) => `${c.unitCode}/${c.templateId}/${c.state}`)).toEqual([
      'A/pledge-ledger/missing', 'A/golden-ideas/missing', 'B/pledge-ledger/missing', 'B/golden-ideas/missing',
      'ROOT/pledge-ledger/not_expected', 'ROOT/golden-ideas/not_expected',
    ]);
    expect((await call('GET', '/api/admin/status?period=2030H1', { token: TOKENS.admin })).status).toBe(404);
  });
});

describe('a ledger that names another unit', () => {
  beforeEach(() => seedWorld());

  it('is kept as rejected with the 单位编码 cell named, and validate says the same', async () => {
    // pledgeGrid's 基本信息 says 单位编码 A; unit B sends it.
    const sent = await submitGrid(GOOD_ROWS, TOKENS.b);
    expect(sent.submission.status).toBe('rejected');
    const issues = (sent.report as unknown as { issues: { code: string; cell: string; params: unknown }[] }).issues;
    expect(issues.filter((i) => i.code === 'info/unit-mismatch')).toEqual([
      expect.objectContaining({ cell: 'D2', params: { unitCode: 'B', unitName: '市统计局机关党委' } }),
    ]);
    expect(await cellOf('B')).toMatchObject({ state: 'rejected', label: '已拒收' });

    const checked = await call('POST', '/api/validate', { token: TOKENS.b, json: { templateId: 'pledge-ledger', grid: pledgeGrid(GOOD_ROWS) } });
    const report = ((await checked.json()) as { report: { valid: boolean; issues: { code: string }[] } }).report;
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.code)).toContain('info/unit-mismatch');
    // The admin validating a unit's file is not submitting for anyone: no unit check.
    const asAdmin = await call('POST', '/api/validate', { token: TOKENS.admin, json: { templateId: 'pledge-ledger', grid: pledgeGrid(GOOD_ROWS) } });
    expect(((await asAdmin.json()) as { report: { valid: boolean } }).report.valid).toBe(true);
  });
});
