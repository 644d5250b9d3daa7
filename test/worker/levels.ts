import { expect } from 'vitest';
import { call, freshStorage, GOOD_ROWS, pledgeGrid, seedOrg, seedPeriod, seedToken, seedUnit, type PledgeRow } from './helpers.ts';

/**
 * A three-level organisation, as issue 10 has it:
 *   ROOT 机关党委 ─┬─ DA 综合业务党总支 ─┬─ A1 办公室党支部
 *                 │                    └─ A2 政策研究室党支部
 *                 └─ DB 经济运行党总支 ─── B1 综合处党支部
 * DA and DB hold ordinary unit tokens; having sub-units makes them reviewers.
 */
export const LEVEL_TOKENS = {
  admin: 'tzt_lv_admin', da: 'tzt_lv_da', db: 'tzt_lv_db', a1: 'tzt_lv_a1', a2: 'tzt_lv_a2', b1: 'tzt_lv_b1', root: 'tzt_lv_root', revoked: 'tzt_lv_revoked',
} as const;

export async function seedLevels(due = '2099-07-15'): Promise<void> {
  await freshStorage();
  await seedOrg();
  await seedUnit('ROOT', '市直机关党委');
  await seedUnit('DA', '综合业务党总支', 'ROOT');
  await seedUnit('A1', '办公室党支部', 'DA');
  await seedUnit('A2', '政策研究室党支部', 'DA');
  await seedUnit('DB', '经济运行党总支', 'ROOT');
  await seedUnit('B1', '综合处党支部', 'DB');
  await seedToken(LEVEL_TOKENS.admin, 'admin');
  for (const [key, code] of [['da', 'DA'], ['db', 'DB'], ['a1', 'A1'], ['a2', 'A2'], ['b1', 'B1'], ['root', 'ROOT']] as const) await seedToken(LEVEL_TOKENS[key], 'unit', code);
  await seedToken(LEVEL_TOKENS.revoked, 'unit', 'DA', undefined, true);
  await seedPeriod('pledge-ledger', '2026H1', '2026-01-01', due);
}

/** One pledge ledger sent by a unit through the API, as the add-in sends it; its submission id. */
export async function sendPledge(token: string, unitCode: string, rows: PledgeRow[] = GOOD_ROWS): Promise<{ id: string; review: string | null }> {
  const res = await call('POST', '/api/submissions', { token, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(rows, '承诺践诺台账.xlsx', unitCode) } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { submission: { id: string; review: string | null } }).submission;
}

export const reviewPledges = async (on: boolean): Promise<void> => {
  const res = await call('PUT', '/api/admin/review-settings', { token: LEVEL_TOKENS.admin, json: { templateIds: on ? ['pledge-ledger'] : [] } });
  expect(res.status).toBe(200);
};

export const errorCode = async (res: Response): Promise<string> => ((await res.json()) as { error: { code: string } }).error.code;
