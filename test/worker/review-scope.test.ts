import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { filledPledgeXlsx } from '../fixtures/pledge-ledger.ts';
import { call, fileForm, GOOD_ROWS } from './helpers.ts';
import { LEVEL_TOKENS as T, reviewPledges, seedLevels, sendPledge } from './levels.ts';

const get = async (path: string, token: string = T.da) => {
  const res = await call('GET', path, { token });
  expect(res.status).toBe(200);
  return res;
};
const sheetRows = async (bytes: ArrayBuffer | Uint8Array, name: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

let a1File: Uint8Array;

beforeAll(async () => {
  await seedLevels();
  a1File = await filledPledgeXlsx(GOOD_ROWS, { code: 'A1', name: '办公室党支部' });
  const res = await call('POST', '/api/submissions', { token: T.a1, body: fileForm(a1File, '办公室承诺台账.xlsx', { templateId: 'pledge-ledger', period: '2026H1' }) });
  expect(res.status).toBe(201);
  await sendPledge(T.b1, 'B1');
  await reviewPledges(true);
  // A2's waits for its 党总支; B1's (sent before review was on) counts in the other subtree.
  await sendPledge(T.a2, 'A2');
});

describe("a 党总支's screens show its subtree, its unit at the top", () => {
  it('board: its units only, itself without a parent and not expected to report', async () => {
    const body = (await (await get('/api/admin/status?period=2026H1')).json()) as { units: { code: string; parentCode: string | null }[]; cells: { unitCode: string; state: string }[] };
    expect(body.units).toEqual([{ code: 'A1', name: '办公室党支部', parentCode: 'DA' }, { code: 'A2', name: '政策研究室党支部', parentCode: 'DA' }, { code: 'DA', name: '综合业务党总支', parentCode: null }]);
    expect(body.cells.map((c) => `${c.unitCode} ${c.state}`)).toEqual(['A1 on_time', 'A2 pending_review', 'DA not_expected']);
  });

  it('催报: the units of its subtree still owing, never another subtree', async () => {
    // A newer rejected upload does not undo a version waiting for review: A2 is not chased.
    await sendPledge(T.a2, 'A2', [['党员', '王五', '第一党支部', '服务承诺', '走访10户', '走访', '2026-06-30', '做完了', '', '']]);
    await call('POST', '/api/admin/units', { token: T.admin, json: { code: 'B2', name: '价格处党支部', parentCode: 'DB', members: 5, teams: 1, branches: 1 } });
    const lines = async (token: string) => ((await (await get('/api/admin/reminders?period=2026H1', token)).json()) as { lines: { unitCode: string; state: string }[] }).lines.map((l) => `${l.unitCode} ${l.state}`);
    expect(await lines(T.da)).toEqual([]);
    expect(await lines(T.db)).toEqual(['B2 missing']);
    expect(await lines(T.admin)).toEqual(['B2 missing']);
  });

  it('summary: the subtree rolled up under its unit, the 明细 holding its rows only', async () => {
    const s = (await (await get('/api/admin/summary?period=2026H1')).json()) as {
      rows: { unitCode: string; kind: string; parent: string | null }[]; totals: { units: number; reportingUnits: number };
      pledges: { total: { pledges: number } }; status: { total: { counts: Record<string, { expected: number; onTime: number; pendingReview: number }> } };
    };
    expect(s.rows.map((r) => `${r.kind} ${r.unitCode}`)).toEqual(['subtotal DA', 'unit A1', 'unit A2']);
    expect(s.rows[0]!.parent).toBeNull();
    expect(s.totals).toMatchObject({ units: 3, reportingUnits: 2 });
    expect(s.pledges.total.pledges).toBe(2);
    expect(s.status.total.counts['pledge-ledger']).toMatchObject({ expected: 2, onTime: 1, pendingReview: 1 });

    const xlsx = await (await get('/api/admin/summary.xlsx?period=2026H1')).arrayBuffer();
    const detail = await sheetRows(xlsx, '明细-承诺践诺台账');
    expect(detail.slice(1).map((r) => r[0])).toEqual(['A1', 'A1']);
    const status = await sheetRows(xlsx, '报送情况');
    expect(status.flat()).not.toContain('B1');
  });

  it('archive: its counted originals and the manifest of its versions, the waiting one as 待审核', async () => {
    const files = unzipSync(new Uint8Array(await (await get('/api/admin/archive.zip?period=2026H1')).arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['原件/A1_办公室党支部_承诺践诺台账_v1.xlsx', '归档清单-2026年上半年.xlsx', '汇总表-2026年上半年.xlsx'].sort());
    expect(files['原件/A1_办公室党支部_承诺践诺台账_v1.xlsx']).toEqual(a1File);
    const manifest = (await sheetRows(files['归档清单-2026年上半年.xlsx']!, '归档清单')).slice(3);
    expect(manifest.map((r) => `${r[0]} v${r[3]} ${r[5]}`)).toEqual(['A1 v1 按时报送', 'A2 v1 待审核', 'A2 v2 未通过校验']);
  });
});
