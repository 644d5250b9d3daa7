import type { WorkerServer } from './worker-server.ts';
import { UNIT } from './ledgers.ts';

export const OTHER_UNIT = { code: 'TJJ', name: '市统计局机关党委' } as const;

/** Two units and the 2026H1 pledge ledger, set up through the admin API; returns the first unit's token. */
export async function seedWorld(server: WorkerServer): Promise<{ unitToken: string }> {
  for (const u of [UNIT, OTHER_UNIT]) await server.admin('POST', '/api/admin/units', { code: u.code, name: u.name, members: 30, teams: 3, branches: 2 });
  await server.admin('POST', '/api/admin/periods', { templateId: 'pledge-ledger', code: '2026H1', opens: '2026-01-01', due: '2099-07-15' });
  const { token } = (await server.admin('POST', '/api/admin/tokens', { kind: 'unit', unitCode: UNIT.code })) as { token: string };
  return { unitToken: token };
}
