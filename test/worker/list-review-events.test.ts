import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewEventsOf } from '../../worker/db/reviews.ts';
import { call, GOOD_ROWS, ORG, type PledgeRow } from './helpers.ts';
import { LEVEL_TOKENS as T, reviewPledges, seedLevels, sendPledge } from './levels.ts';

interface Listed { id: string; unitCode: string; version: number; reviewEvents: unknown[] }

const V2: PledgeRow[] = [...GOOD_ROWS, ['党员', '李四', '第一党支部', '服务承诺', '走访12户', '每周处理', '2099-06-30', '未开始', '', '']];
const BY_DA = { unitCode: 'DA', name: '综合业务党总支' };
const BY_DB = { unitCode: 'DB', name: '经济运行党总支' };

const act = async (token: string, id: string, action: 'approve' | 'return', comment?: string) => {
  const res = await call('POST', `/api/admin/submissions/${id}/${action}`, { token, ...(comment !== undefined ? { json: { comment } } : {}) });
  expect(res.status).toBe(200);
};
const pin = (id: string, at: string) => env.DB.prepare('UPDATE review_events SET at = ? WHERE submission_id = ?').bind(at, id).run();
const list = async (token: string, query = '') => {
  const res = await call('GET', `/api/submissions?period=2026H1${query}`, { token });
  expect(res.status).toBe(200);
  return ((await res.json()) as { submissions: Listed[] }).submissions;
};
const eventsOf = (subs: Listed[]) => subs.map((s) => [s.unitCode, s.version, s.reviewEvents]);

const ids = { a1v1: '', a1v2: '', b1: '' };
const A1_EVENTS = () => [
  ['A1', 1, [{ action: 'return', by: BY_DA, at: '2026-07-10T01:00:00.000Z', comment: '第2行承诺事项请写明可量化的目标。' }]],
  ['A1', 2, [{ action: 'approve', by: BY_DA, at: '2026-07-16T02:30:00.000Z', comment: '已核实' }]],
];

beforeAll(async () => {
  await seedLevels();
  await reviewPledges(true);
  ids.a1v1 = (await sendPledge(T.a1, 'A1')).id;
  await act(T.da, ids.a1v1, 'return', '第2行承诺事项请写明可量化的目标。');
  await pin(ids.a1v1, '2026-07-10T01:00:00.000Z');
  ids.a1v2 = (await sendPledge(T.a1, 'A1', V2)).id;
  await act(T.da, ids.a1v2, 'approve', '已核实');
  await pin(ids.a1v2, '2026-07-16T02:30:00.000Z');
  await sendPledge(T.a2, 'A2');
  ids.b1 = (await sendPledge(T.b1, 'B1')).id;
  await act(T.db, ids.b1, 'approve');
  await pin(ids.b1, '2026-07-17T01:05:00.000Z');
});

describe('GET /api/submissions carries each version\'s review events', () => {
  it('to a 党总支 listing a unit of its subtree, as the detail has them', async () => {
    const subs = await list(T.da, '&unit=A1');
    expect(eventsOf(subs)).toEqual(A1_EVENTS());
    for (const s of subs) {
      const detail = (await (await call('GET', `/api/submissions/${s.id}`, { token: T.da })).json()) as { reviewEvents: unknown[] };
      expect(s.reviewEvents).toEqual(detail.reviewEvents);
    }
    expect(eventsOf(await list(T.da, '&unit=A2'))).toEqual([['A2', 1, []]]);
    // Another subtree's unit is not found, its events with it.
    expect((await call('GET', '/api/submissions?period=2026H1&unit=B1', { token: T.da })).status).toBe(404);
  });

  it('to a unit, its own versions\' only', async () => {
    expect(eventsOf(await list(T.a1))).toEqual(A1_EVENTS());
    expect(eventsOf(await list(T.b1))).toEqual([['B1', 1, [{ action: 'approve', by: BY_DB, at: '2026-07-17T01:05:00.000Z', comment: null }]]]);
  });

  it('to the 机关党委, for every version it lists', async () => {
    expect(eventsOf(await list(T.admin))).toEqual([
      ...A1_EVENTS(),
      ['A2', 1, []],
      ['B1', 1, [{ action: 'approve', by: BY_DB, at: '2026-07-17T01:05:00.000Z', comment: null }]],
    ]);
  });

  it('reads past one statement\'s ids: every id answered, each with its own events', async () => {
    const many = [...Array.from({ length: 200 }, (_, i) => `none-${i}`), ids.b1, ids.a1v2];
    const events = await reviewEventsOf(env.DB, ORG, many);
    expect(events.size).toBe(202);
    expect(events.get('none-150')).toEqual([]);
    expect(events.get(ids.b1)).toEqual([{ action: 'approve', by: BY_DB, at: '2026-07-17T01:05:00.000Z', comment: null }]);
    expect(events.get(ids.a1v2)).toEqual([{ action: 'approve', by: BY_DA, at: '2026-07-16T02:30:00.000Z', comment: '已核实' }]);
  });
});
