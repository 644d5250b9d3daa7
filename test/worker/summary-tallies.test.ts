import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { threeMeetingsOneLesson } from '../../templates/catalog/three-meetings-one-lesson.ts';
import type { RowValues } from '../../templates/model/definition.ts';
import { ledgerGrid } from '../../scripts/seed/ledger-file.ts';
import { call, GOOD_ROWS, pledgeGrid, seedPeriod, seedWorld, TOKENS } from './helpers.ts';

/**
 * A submission's tally is computed when it is stored and kept with it; the
 * summary reads tallies, not rows. Tallies missing (stored before migration
 * 0005) or counted by older rules are counted again from the rows on the next
 * read. The office's params that the summary applies (quotas, meeting
 * minimums) act on the stored tallies at once, without recounting.
 */

const submit = async (token: string, body: unknown) => {
  const res = await call('POST', '/api/submissions', { token, json: body });
  expect(res.status).toBe(201);
  return ((await res.json()) as { submission: { id: string; status: string } }).submission;
};
const summary = async () => {
  const res = await call('GET', '/api/admin/summary?period=2026H1', { token: TOKENS.admin });
  expect(res.status).toBe(200);
  const { generatedOn: _day, ...figures } = (await res.json()) as Record<string, unknown>;
  return figures as Record<string, { rows: Record<string, unknown>[]; total: Record<string, unknown> } & Record<string, unknown>>;
};
const tallyRow = (id: string) =>
  env.DB.prepare('SELECT version, counters, list_totals, list_items FROM submission_tallies WHERE submission_id = ?').bind(id).first<{ version: number; counters: string; list_totals: string; list_items: string }>();

const meetings = (committees: number): RowValues[] => [
  ...threeMeetingsOneLesson.example.filter((r) => r.type !== '支委会'),
  ...threeMeetingsOneLesson.example.filter((r) => r.type === '支委会').slice(0, committees),
];
const meetingGrid = (rows: RowValues[]) =>
  ledgerGrid(threeMeetingsOneLesson, { unitName: '市发展改革委机关党委', unitCode: 'A', period: '2026H1', filler: '李四', phone: '0571-88000000', fillDate: '2026-07-10' }, rows, '三会一课.xlsx');

let pledgeId: string;
let meetingId: string;

beforeAll(async () => {
  await seedWorld();
  await seedPeriod(threeMeetingsOneLesson.id, '2026H1', '2026-01-01', '2099-07-15');
  pledgeId = (await submit(TOKENS.a, { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(GOOD_ROWS) })).id;
  meetingId = (await submit(TOKENS.a, { templateId: threeMeetingsOneLesson.id, period: '2026H1', grid: meetingGrid(meetings(4)) })).id;
});

describe('tallies stored with submissions', () => {
  it('are written with the submission: counters, list totals and entries', async () => {
    const row = (await tallyRow(pledgeId))!;
    expect(row.version).toBe(1);
    expect(JSON.parse(row.counters)).toMatchObject({ 'pledge.total': 2, 'pledge.status.已完成': 1, 'pledge.overdue': 1 });
    expect(JSON.parse(row.list_totals)).toEqual({ overduePledges: 1 });
    expect(JSON.parse(row.list_items).overduePledges.map((i: { pledger: string }) => i.pledger)).toEqual(['张三']);
  });

  it('are what the summary reads: with the rows gone, the figures stay', async () => {
    const before = await summary();
    expect(before.pledges!.total).toMatchObject({ pledges: 2, overdue: 1 });
    await env.DB.prepare('CREATE TABLE kept_rows AS SELECT * FROM submission_rows WHERE submission_id = ?').bind(pledgeId).run();
    await env.DB.prepare('DELETE FROM submission_rows WHERE submission_id = ?').bind(pledgeId).run();
    expect(await summary()).toEqual(before);
    await env.DB.prepare('INSERT INTO submission_rows SELECT * FROM kept_rows').run();
    await env.DB.prepare('DROP TABLE kept_rows').run();
  });

  it('are counted again from the rows when missing (older submissions) or counted by older rules, and written back', async () => {
    const before = await summary();
    const stored = (await tallyRow(pledgeId))!;
    await env.DB.prepare('DELETE FROM submission_tallies WHERE submission_id = ?').bind(pledgeId).run();
    await env.DB.prepare('UPDATE submission_tallies SET version = 0, counters = ? WHERE submission_id = ?').bind('{"meet.total":999}', meetingId).run();
    expect(await summary()).toEqual(before);
    expect(await tallyRow(pledgeId)).toEqual(stored);
    expect((await tallyRow(meetingId))!.version).toBe(threeMeetingsOneLesson.summary.version);
  });

  it('are judged against the office’s minimums when the summary is built: a change applies at once, the tally stays', async () => {
    const atA = (s: Awaited<ReturnType<typeof summary>>) => s.meetings!.rows[(s.rows as unknown as { unitCode: string }[]).findIndex((r) => r.unitCode === 'A')]!;
    expect(atA(await summary())).toMatchObject({ unitsBelow: 1, requirement: '未达到：支委会 4/6' });
    const stored = await tallyRow(meetingId);
    const res = await call('PUT', `/api/admin/params/${threeMeetingsOneLesson.id}`, { token: TOKENS.admin, json: { minCommitteeMeetings: 4 } });
    expect(res.status).toBe(200);
    const after = await summary();
    expect(atA(after)).toMatchObject({ unitsBelow: 0, requirement: '达到' });
    expect(after.meetings!.minimums).toEqual({ 支部党员大会: 2, 支委会: 4, 党课: 2 });
    expect(await tallyRow(meetingId)).toEqual(stored);
  });

  it('are not kept for a rejected upload, and a returned one no longer counts', async () => {
    const rejected = await submit(TOKENS.b, { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid([['党员', '赵六', '第一党支部', '服务承诺', '走访10户', '走访', '下个月', '推进中', '', '']], '承诺践诺台账.xlsx', 'B') });
    expect(rejected.status).toBe('rejected');
    expect(await tallyRow(rejected.id)).toBeNull();
    const returned = await call('POST', `/api/admin/submissions/${meetingId}/return`, { token: TOKENS.admin, json: { comment: '请补全支委会记录' } });
    expect(returned.status).toBe(200);
    expect((await summary()).meetings!.total).toMatchObject({ units: 0, meetings: 0 });
  });
});
