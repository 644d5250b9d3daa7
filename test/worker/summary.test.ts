import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { buildSummary } from '../../worker/ledger/build-summary.ts';
import { pledgeLedger } from '../../templates/catalog/index.ts';
import { expectedDetailSheets, expectedSummarySheets } from '../templates/summary/fixtures.ts';
import { chartParts } from '../templates/xlsx/chart-parts.ts';
import { call, GOOD_ROWS, ORG, pledgeGrid, seedWorld, TOKENS, type PledgeRow } from './helpers.ts';

const REJECTED: PledgeRow[] = [['党员', '赵六', '第一党支部', '服务承诺', '走访10户', '走访', '2026-06-30', '做完了', '', '']];
const V2: PledgeRow[] = [...GOOD_ROWS, ['党员', '李四', '第一党支部', '服务承诺', '走访12户', '每周处理', '2099-06-30', '未开始', '', '']];

const submit = async (token: string, rows: PledgeRow[]) => {
  const res = await call('POST', '/api/submissions', { token, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(rows) } });
  expect(res.status).toBe(201);
};

beforeAll(async () => {
  await seedWorld();
  await submit(TOKENS.a, GOOD_ROWS);
  await submit(TOKENS.a, V2);
  await submit(TOKENS.b, REJECTED);
});

interface Figures { pledges: number; byStatus: Record<string, number>; overdue: number; completionRate: number | null }
interface SummaryJson {
  rows: { unitCode: string; kind: string }[];
  status: { rows: { cells: Record<string, { state: string; version: number | null }> }[] };
  pledges: { rows: Figures[]; total: Figures };
}

describe('GET /api/admin/summary', () => {
  it('counts only the latest counted version of each unit', async () => {
    const res = await call('GET', '/api/admin/summary?period=2026H1', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    const s = (await res.json()) as SummaryJson;
    const at = (code: string) => s.rows.findIndex((r) => r.unitCode === code && r.kind !== 'subtotal');
    // A's v2: 1 已完成, 2 推进中/未开始; overdue = not done and 完成时限 (2026-06-30) already past → 张三 only.
    expect(s.pledges.total).toMatchObject({ pledges: 3, overdue: 1, completionRate: 1 / 3 });
    expect(s.pledges.total.byStatus).toMatchObject({ 已完成: 1, 推进中: 1, 未开始: 1 });
    expect(s.pledges.rows[at('A')]).toMatchObject({ pledges: 3 });
    expect(s.pledges.rows[at('B')]).toMatchObject({ pledges: 0 });
    expect(s.status.rows[at('A')]!.cells['pledge-ledger']).toMatchObject({ state: 'on_time', version: 2 });
    expect(s.status.rows[at('B')]!.cells['pledge-ledger']).toMatchObject({ state: 'rejected', version: 1 });
  });

  it('serves the workbook with every DOMAIN §4 sheet and the counted rows in 明细', async () => {
    const res = await call('GET', '/api/admin/summary.xlsx?period=2026H1', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ExcelJS.Buffer);
    // Written in workerd too: the native charts of the sheets with data.
    expect(chartParts(bytes).charts.map((c) => [c.sheet, c.title])).toEqual([['报送进度', '报送进度'], ['承诺践诺汇总', '各单位承诺完成率']]);
    const names = wb.worksheets.map((w) => w.name);
    // The period asks for 承诺践诺台账 only: its sheets and no other ledger's.
    expect(names).toEqual([...expectedSummarySheets([pledgeLedger]), ...expectedDetailSheets([pledgeLedger])]);
    const detail = wb.getWorksheet('明细-承诺践诺台账')!;
    const pledgers: unknown[] = [];
    detail.eachRow((row) => pledgers.push(...(row.values as unknown[]).filter((v) => v === '张三' || v === '李四' || v === '赵六')));
    expect(pledgers.sort()).toEqual(['张三', '李四']);
  });

  it('leaves the 明细 rows out on request, and says so in the 明细 sheet', async () => {
    const res = await call('GET', '/api/admin/summary.xlsx?period=2026H1&details=false', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('明细'))).toEqual(['明细']);
    expect(wb.getWorksheet('明细')!.getCell('A3').value).toBe('本次下载未包含明细。需要逐行明细时，请下载“含明细”的汇总表。');
    expect((await call('GET', '/api/admin/summary.xlsx?period=2026H1&details=maybe', { token: TOKENS.admin })).status).toBe(400);
  });

  it('gives the same figures whatever day it is built: overdue was judged on each ledger\'s 填报日期', async () => {
    // A's v2 (填报日期 2026-07-10): 张三 due 2026-06-30 推进中 is overdue; 李四 due 2099 is not, whenever the summary is built.
    const on = async (day: string) => {
      const { summary } = await buildSummary(env.DB, ORG, '2026H1', new Date(`${day}T04:00:00Z`), null);
      const { generatedOn, ...figures } = summary;
      expect(generatedOn).toBe(day);
      return figures;
    };
    const july = await on('2026-07-11');
    expect(july.pledges.total.overdue).toBe(1);
    expect(july.overduePledges.items.map((p) => p.pledger)).toEqual(['张三']);
    expect(await on('2100-01-01')).toEqual(july);
  });

  it('answers 404 for a period with no slots, 403 for a unit', async () => {
    expect((await call('GET', '/api/admin/summary?period=2030H1', { token: TOKENS.admin })).status).toBe(404);
    expect((await call('GET', '/api/admin/summary.xlsx?period=2026H1', { token: TOKENS.a })).status).toBe(403);
    expect((await call('GET', '/api/admin/summary?period=2026H1')).status).toBe(401);
  });
});
