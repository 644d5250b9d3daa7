import { beforeAll, describe, expect, it } from 'vitest';
import { call, GOOD_ROWS, pledgeGrid, seedPeriod, seedWorld, TOKENS } from './helpers.ts';

interface Owed { periodCode: string; templateId: string; due: string; state: string; label: string; daysLeft: number; version: number | null; returnComment: string | null; rejected: unknown }

beforeAll(async () => {
  await seedWorld('2099-07-15');
  await seedPeriod('rectification-ledger', '2026H1', '2026-01-01', '2000-01-15');
  await seedPeriod('pledge-ledger', '2099H1', '2099-01-01', '2099-07-15');
  await seedPeriod('pledge-ledger', '2025H2', '2025-07-01', '2026-01-15');
  const sent = await call('POST', '/api/submissions', { token: TOKENS.a, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(GOOD_ROWS) } });
  const id = ((await sent.json()) as { submission: { id: string } }).submission.id;
  await call('POST', `/api/admin/submissions/${id}/return`, { token: TOKENS.admin, json: { comment: '第2行承诺事项请写明可量化的目标。' } });
});

describe('GET /api/my/ledgers', () => {
  it('lists what the unit owes in the newest two periods, with the board\'s state, days left or overdue and the return comment', async () => {
    const res = await call('GET', '/api/my/ledgers', { token: TOKENS.a });
    expect(res.status).toBe(200);
    const { today, ledgers } = (await res.json()) as { today: string; ledgers: Owed[] };
    const days = (due: string) => Math.round((Date.parse(due) - Date.parse(today)) / 86_400_000);
    expect(ledgers.map((l) => [l.periodCode, l.templateId, l.state, l.daysLeft, l.returnComment])).toEqual([
      ['2099H1', 'pledge-ledger', 'missing', days('2099-07-15'), null],
      ['2026H1', 'pledge-ledger', 'returned', days('2099-07-15'), '第2行承诺事项请写明可量化的目标。'],
      ['2026H1', 'rectification-ledger', 'missing', days('2000-01-15'), null],
    ]);
    expect(ledgers[2]!.daysLeft).toBeLessThan(0);
  });

  it('is for units only', async () => {
    expect((await call('GET', '/api/my/ledgers', { token: TOKENS.admin })).status).toBe(403);
  });
});
