import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { boardCounts } from '../../addin/src/pane/status-board.ts';
import { expectWorkbookMatchesBoard, type BoardJson } from '../fixtures/board-vs-workbook.ts';
import { call, freshStorage, ORG, seedOrg, seedPeriod, seedToken, TOKENS } from './helpers.ts';

/**
 * A generated 3-level organisation of 301 units (机关党委 → 10 党总支 → 29
 * 党支部 each) with every slot state across three ledgers: the office's board
 * and the summary workbook it downloads must give the same figure for every
 * ledger and the same word for every unit.
 */
const LEDGERS = ['pledge-ledger', 'mass-evaluation', 'rectification-ledger'] as const;
const DUE = '2026-07-15';
const ON_TIME = '2026-07-10T02:00:00.000Z';
const LATE = '2026-07-20T02:00:00.000Z';

interface Unit { code: string; name: string; parent: string | null }
const units: Unit[] = [{ code: 'R', name: '市直机关党委', parent: null }];
for (let g = 1; g <= 10; g++) {
  units.push({ code: `G${g}`, name: `第${g}党总支`, parent: 'R' });
  for (let b = 1; b <= 29; b++) units.push({ code: `G${g}B${b}`, name: `第${g}党总支第${b}党支部`, parent: `G${g}` });
}

type Version = { status: 'accepted' | 'accepted_with_warnings' | 'rejected' | 'returned'; at: string; review?: 'pending' | 'approved' };
/** Each unit × ledger gets a history chosen from its index, covering every state (and parents' own ledgers). */
function history(i: number, ledger: number): Version[] {
  switch ((i + ledger * 3) % 8) {
    case 0: return [];
    case 1: return [{ status: 'accepted', at: ON_TIME }];
    case 2: return [{ status: 'accepted_with_warnings', at: LATE }];
    case 3: return [{ status: 'accepted', at: ON_TIME }, { status: 'rejected', at: LATE }];
    case 4: return [{ status: 'returned', at: ON_TIME }];
    case 5: return [{ status: 'rejected', at: ON_TIME }, { status: 'rejected', at: LATE }];
    case 6: return [{ status: 'returned', at: ON_TIME }, { status: 'accepted', at: LATE }];
    default: return [{ status: 'accepted', at: ON_TIME, review: (i >> 3) % 2 ? 'pending' : 'approved' }];
  }
}

beforeAll(async () => {
  await freshStorage();
  await seedOrg();
  await seedToken(TOKENS.admin, 'admin');
  for (const id of LEDGERS) await seedPeriod(id, '2026H1', '2026-01-01', DUE);
  const at = '2026-01-01T00:00:00.000Z';
  const statements = units.map((u) =>
    env.DB.prepare('INSERT INTO units (org, code, name, parent_code, members, teams, branches, created_at, updated_at) VALUES (?, ?, ?, ?, 20, 2, 1, ?, ?)').bind(ORG, u.code, u.name, u.parent, at, at));
  units.forEach((u, i) => LEDGERS.forEach((templateId, l) => history(i, l).forEach((v, k) => statements.push(
    env.DB.prepare(`INSERT INTO submissions (id, org, unit_code, template_id, period_code, version, submitted_at, submitted_by, token_id, sha256, r2_key, source, file_name, status, late, errors, warnings, row_count, report, return_comment, returned_at, review)
      VALUES (?, ?, ?, ?, '2026H1', ?, ?, 'test', 'test', ?, NULL, 'grid', 'x.xlsx', ?, 0, ?, 0, 0, '{}', ?, ?, ?)`)
      .bind(`${u.code}/${templateId}/${k + 1}`, ORG, u.code, templateId, k + 1, v.at, 'a'.repeat(64), v.status, v.status === 'rejected' ? 2 : 0,
        v.status === 'returned' ? '请补充' : null, v.status === 'returned' ? LATE : null, v.review ?? null)))));
  for (let i = 0; i < statements.length; i += 100) await env.DB.batch(statements.slice(i, i + 100));
});

describe('the board and the summary workbook at 301 units', () => {
  it('count every ledger alike, give every unit the same word and every parent the same 已报/应报', async () => {
    const board = (await (await call('GET', '/api/admin/status?period=2026H1', { token: TOKENS.admin })).json()) as BoardJson;
    const res = await call('GET', '/api/admin/summary.xlsx?period=2026H1&details=false', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    expect(await expectWorkbookMatchesBoard(board, await res.arrayBuffer())).toEqual({ ledgers: 3, cells: units.length * 3, subtotals: 11 * 3 });
    // Every state occurs for every ledger, so agreeing is not agreeing on zeros.
    for (const id of LEDGERS) expect(Object.values(boardCounts(board.cells.filter((c) => c.templateId === id))).every((n) => n > 0)).toBe(true);
  });
});
