import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_COMMENT } from '../../worker/db/reviews.ts';
import { call, GOOD_ROWS, type PledgeRow } from './helpers.ts';
import { errorCode, LEVEL_TOKENS as T, reviewPledges, seedLevels, sendPledge } from './levels.ts';

interface Cell { unitCode: string; state: string; label: string; version: number | null; review: string | null; returnedBy: unknown; returnComment: string | null; submissionId: string | null }
interface Counts { expected: number; onTime: number; late: number; pendingReview: number; missing: number; returned: number; rejected: number }

const V2: PledgeRow[] = [...GOOD_ROWS, ['党员', '李四', '第一党支部', '服务承诺', '走访12户', '每周处理', '2099-06-30', '未开始', '', '']];
const V3: PledgeRow[] = [...V2, ['党员', '王五', '第一党支部', '服务承诺', '办结来信8件', '每周处理', '2099-06-30', '未开始', '', '']];

const board = async (token: string = T.admin) => {
  const res = await call('GET', '/api/admin/status?period=2026H1', { token });
  expect(res.status).toBe(200);
  return ((await res.json()) as { cells: Cell[] }).cells;
};
const cell = async (unitCode: string, token?: string) => (await board(token)).find((c) => c.unitCode === unitCode)!;
const summary = async (token: string = T.admin) =>
  (await (await call('GET', '/api/admin/summary?period=2026H1', { token })).json()) as { pledges: { total: { pledges: number } }; status: { total: { counts: Record<string, Counts> } } };
const act = (token: string, id: string, action: 'approve' | 'return', comment?: string) =>
  call('POST', `/api/admin/submissions/${id}/${action}`, { token, ...(comment !== undefined ? { json: { comment } } : {}) });
const history = async (token: string, id: string) =>
  ((await (await call('GET', `/api/submissions/${id}`, { token })).json()) as { submission: { review: string | null }; reviewEvents: unknown[] });
const owed = async (token: string) =>
  ((await (await call('GET', '/api/my/ledgers', { token })).json()) as { ledgers: { state: string; label: string; review: string | null; returnedBy: unknown; returnComment: string | null }[] }).ledgers[0]!;
const counted = async () => (await env.DB.prepare('SELECT unit_code, version FROM counted_submissions ORDER BY unit_code').all<{ unit_code: string; version: number }>()).results;

const BY_DA = { unitCode: 'DA', name: '综合业务党总支' };

describe('review settings', () => {
  beforeAll(() => seedLevels());

  it('are off until the office names the ledgers, which must exist', async () => {
    expect(await (await call('GET', '/api/admin/review-settings', { token: T.admin })).json()).toEqual({ templateIds: [] });
    const bad = await call('PUT', '/api/admin/review-settings', { token: T.admin, json: { templateIds: ['pledge-ledger', 'no-such-ledger'] } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'review/unknown-template', message: '没有这种台账：no-such-ledger；可用的模板编号见 GET /api/templates' } });
    const ok = await call('PUT', '/api/admin/review-settings', { token: T.admin, json: { templateIds: ['golden-ideas', 'pledge-ledger', 'pledge-ledger'] } });
    expect(await ok.json()).toEqual({ templateIds: ['pledge-ledger', 'golden-ideas'] });
  });

  it('leave what counted before review was turned on counting, and judge rejected versions as before', async () => {
    await reviewPledges(false);
    const before = await sendPledge(T.a1, 'A1');
    expect(before.review).toBeNull();
    await reviewPledges(true);
    expect((await cell('A1')).state).toBe('on_time');
    const rejected = await sendPledge(T.a2, 'A2', [['党员', '王五', '第一党支部', '服务承诺', '走访10户', '走访', '2026-06-30', '做完了', '', '']]);
    expect(rejected.review).toBeNull();
    expect((await cell('A2')).state).toBe('rejected');
  });
});

describe('待审核 → returned by the 党总支 → resubmitted → approved', () => {
  const v = { v1: '', v2: '' };
  beforeAll(async () => {
    await seedLevels();
    await reviewPledges(true);
    v.v1 = (await sendPledge(T.a1, 'A1')).id;
  });

  it('waits as 待审核: shown on the board and the unit\'s home, counted nowhere', async () => {
    expect(await cell('A1')).toMatchObject({ state: 'pending_review', label: '待审核', review: 'pending', version: 1, submissionId: v.v1 });
    expect(await owed(T.a1)).toMatchObject({ state: 'pending_review', label: '待审核', review: 'pending', returnedBy: null });
    const s = await summary();
    expect(s.status.total.counts['pledge-ledger']).toEqual({ expected: 3, onTime: 0, late: 0, pendingReview: 1, missing: 2, returned: 0, rejected: 0 });
    expect(s.pledges.total.pledges).toBe(0);
    expect(await counted()).toEqual([]);
  });

  it('is judged by a level above only: never by the unit itself, nor from another subtree', async () => {
    expect((await act(T.a1, v.v1, 'approve')).status).toBe(403);
    const own = await sendPledge(T.da, 'DA');
    const self = await act(T.da, own.id, 'approve');
    expect(self.status).toBe(403);
    expect(await self.json()).toMatchObject({ error: { code: 'review/own-unit', message: '不能审核或退回本单位自己的台账：由上级单位或机关党委审核' } });
    expect((await act(T.da, own.id, 'return', '自己退自己')).status).toBe(403);
    expect((await act(T.db, v.v1, 'approve')).status).toBe(404);
    // The 党总支's own ledger is judged by the level above it: here the 机关党委's unit.
    expect((await act(T.root, own.id, 'approve')).status).toBe(200);
    expect((await cell('DA')).review).toBe('approved');
  });

  it('is returned by the 党总支 with its comment, and the unit sees which level returned it', async () => {
    const res = await act(T.da, v.v1, 'return', '第2行承诺事项请写明可量化的目标。');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { submission: unknown }).submission).toMatchObject({ status: 'returned', review: null, returnComment: '第2行承诺事项请写明可量化的目标。', returnedBy: BY_DA });
    expect(await cell('A1', T.da)).toMatchObject({ state: 'returned', review: null, returnedBy: BY_DA, returnComment: '第2行承诺事项请写明可量化的目标。' });
    expect(await owed(T.a1)).toMatchObject({ state: 'returned', returnedBy: BY_DA, returnComment: '第2行承诺事项请写明可量化的目标。' });
    expect((await history(T.a1, v.v1)).reviewEvents).toEqual([{ action: 'return', by: BY_DA, at: expect.any(String), comment: '第2行承诺事项请写明可量化的目标。' }]);
    const again = await act(T.da, v.v1, 'approve');
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('submission/not-approvable');
  });

  it('counts the resubmitted version once the 党总支 approves it, once only', async () => {
    v.v2 = (await sendPledge(T.a1, 'A1', V2)).id;
    expect((await cell('A1')).state).toBe('pending_review');
    const ok = await act(T.da, v.v2, 'approve', '已核实');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { submission: unknown }).submission).toMatchObject({ review: 'approved', status: 'accepted' });
    expect(await cell('A1')).toMatchObject({ state: 'on_time', review: 'approved', version: 2 });
    expect(await owed(T.a1)).toMatchObject({ state: 'on_time', review: 'approved' });
    // A1's three rows and its 党总支's own two.
    expect((await summary()).pledges.total.pledges).toBe(5);
    expect(await counted()).toEqual([{ unit_code: 'A1', version: 2 }, { unit_code: 'DA', version: 1 }]);

    const twice = await act(T.admin, v.v2, 'approve');
    expect(twice.status).toBe(409);
    expect((await history(T.da, v.v2)).reviewEvents).toEqual([{ action: 'approve', by: BY_DA, at: expect.any(String), comment: '已核实' }]);
  });

  it('lets the 机关党委 return an approved version, recorded as its own act', async () => {
    expect((await act(T.admin, v.v2, 'return', '请补充第3行的完成日期')).status).toBe(200);
    expect(await cell('A1')).toMatchObject({ state: 'returned', review: null, returnedBy: null });
    expect((await history(T.admin, v.v2)).reviewEvents).toEqual([
      { action: 'approve', by: BY_DA, at: expect.any(String), comment: '已核实' },
      { action: 'return', by: null, at: expect.any(String), comment: '请补充第3行的完成日期' },
    ]);
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM review_events WHERE submission_id = ?').bind(v.v2).first<{ n: number }>())!.n).toBe(2);
  });
});

describe('what counts while a newer version waits', () => {
  beforeAll(async () => {
    await seedLevels();
    await reviewPledges(true);
  });

  it('counts nothing of the slot: the newest version is what the unit means', async () => {
    const first = await sendPledge(T.b1, 'B1');
    expect((await act(T.db, first.id, 'approve')).status).toBe(200);
    expect((await summary()).pledges.total.pledges).toBe(2);
    const second = await sendPledge(T.b1, 'B1', V3);
    expect(second.review).toBe('pending');
    expect((await summary()).pledges.total.pledges).toBe(0);
    expect(await counted()).toEqual([]);
    expect((await cell('B1')).state).toBe('pending_review');
    // Only the current version can be approved; the earlier one is already approved anyway.
    expect((await act(T.db, first.id, 'approve')).status).toBe(409);
  });

  it('judges lateness on when it was sent, shown once approved', async () => {
    const sent = await sendPledge(T.a2, 'A2');
    await env.DB.prepare("UPDATE periods SET due = '2000-01-15'").run();
    expect((await cell('A2')).state).toBe('pending_review');
    await act(T.admin, sent.id, 'approve');
    expect((await cell('A2')).state).toBe('late');
    await env.DB.prepare("UPDATE periods SET due = '2099-07-15'").run();
  });

  it('releases the waiting versions when the office stops reviewing the ledger', async () => {
    await reviewPledges(false);
    expect((await cell('B1')).state).toBe('on_time');
    // B1's four rows and A2's two.
    expect((await summary()).pledges.total.pledges).toBe(6);
    const released = await history(T.admin, (await cell('B1')).submissionId!);
    expect(released.submission.review).toBeNull();
    // Its history says how it came to count: the 机关党委 stopped asking, nobody approved it.
    expect(released.reviewEvents.at(-1)).toMatchObject({ action: 'approve', by: null, comment: RELEASE_COMMENT });
  });
});
