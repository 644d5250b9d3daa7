import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, fileForm, filledPledgeXlsx, GOOD_ROWS, pledgeGrid, seedWorld, TOKENS, type PledgeRow } from './helpers.ts';

const V2: PledgeRow[] = [...GOOD_ROWS, ['党员', '李四', '第一党支部', '服务承诺', '走访12户', '每周处理', '2099-06-30', '未开始', '', '']];
let v1: Uint8Array;
let v2: Uint8Array;

const sendFile = async (bytes: Uint8Array) => {
  const res = await call('POST', '/api/submissions', { token: TOKENS.a, body: fileForm(bytes, '承诺践诺台账.xlsx', { templateId: 'pledge-ledger', period: '2026H1' }) });
  expect(res.status).toBe(201);
};

const download = async (query = '') => {
  const res = await call('GET', `/api/admin/archive.zip?period=2026H1${query}`, { token: TOKENS.admin });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  return unzipSync(new Uint8Array(await res.arrayBuffer()));
};

const manifestRows = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('归档清单')!;
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) rows.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? '')));
  });
  return rows;
};

beforeAll(async () => {
  await seedWorld();
  v1 = await filledPledgeXlsx(GOOD_ROWS);
  v2 = await filledPledgeXlsx(V2);
  await sendFile(v1);
  await sendFile(v2);
  const res = await call('POST', '/api/submissions', { token: TOKENS.b, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(GOOD_ROWS, '承诺践诺台账.xlsx', 'B') } });
  expect(res.status).toBe(201);
});

describe('GET /api/admin/archive.zip', () => {
  it('files every counted original byte for byte, the summary and a manifest of every version', async () => {
    const files = await download();
    const names = Object.keys(files).sort();
    expect(names).toEqual(['原件/A_市发展改革委机关党委_承诺践诺台账_v2.xlsx', '归档清单-2026年上半年.xlsx', '汇总表-2026年上半年.xlsx'].sort());
    expect(files['原件/A_市发展改革委机关党委_承诺践诺台账_v2.xlsx']).toEqual(v2);

    const rows = await manifestRows(files['归档清单-2026年上半年.xlsx']!);
    expect(rows.map((r) => [r[0], r[3], r[5], r[6], r[7], r[8]])).toEqual([
      ['A', '1', '已由第 2 版取代', '', '否', '（未计入汇总，未归档；下载“全部版本”可得）'],
      ['A', '2', '按时报送', '', '是', '原件/A_市发展改革委机关党委_承诺践诺台账_v2.xlsx'],
      ['B', '1', '按时报送', '', '是', '（加载项直接报送，无原件文件）'],
    ]);
    expect(rows[1]![9]).toMatch(/^[0-9a-f]{64}$/);

    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load(files['汇总表-2026年上半年.xlsx'] as unknown as ExcelJS.Buffer);
    expect(summary.getWorksheet('报送情况')).toBeDefined();
  });

  it('adds every other stored version on request', async () => {
    const files = await download('&versions=all');
    expect(files['其他版本/A_市发展改革委机关党委_承诺践诺台账_v1.xlsx']).toEqual(v1);
    expect(files['原件/A_市发展改革委机关党委_承诺践诺台账_v2.xlsx']).toEqual(v2);
  });

  it('is the office\'s alone', async () => {
    expect((await call('GET', '/api/admin/archive.zip?period=2026H1', { token: TOKENS.a })).status).toBe(403);
    expect((await call('GET', '/api/admin/archive.zip?period=2026H1')).status).toBe(401);
    expect((await call('GET', '/api/admin/archive.zip?period=2030H1', { token: TOKENS.admin })).status).toBe(404);
  });
});
