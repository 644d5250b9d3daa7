import { env } from 'cloudflare:workers';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, GOOD_ROWS, type PledgeRow } from './helpers.ts';
import { LEVEL_TOKENS as T, reviewPledges, seedLevels, sendPledge } from './levels.ts';

const V2: PledgeRow[] = [...GOOD_ROWS, ['党员', '李四', '第一党支部', '服务承诺', '走访12户', '每周处理', '2099-06-30', '未开始', '', '']];
const NO_FILE = '（加载项直接报送，无原件文件）';

const act = async (token: string, id: string, action: 'approve' | 'return', comment?: string) => {
  const res = await call('POST', `/api/admin/submissions/${id}/${action}`, { token, ...(comment !== undefined ? { json: { comment } } : {}) });
  expect(res.status).toBe(200);
};
/** The acts happen on the real clock; pin them so the manifest's cells can be read exactly. */
const actedAt = (id: string, at: string) => env.DB.prepare('UPDATE review_events SET at = ? WHERE submission_id = ?').bind(at, id).run();

const manifest = async (token: string) => {
  const res = await call('GET', '/api/admin/archive.zip?period=2026H1', { token });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(unzipSync(new Uint8Array(await res.arrayBuffer()))['归档清单-2026年上半年.xlsx'] as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  wb.getWorksheet('归档清单')!.eachRow((row, n) => {
    if (n >= 3) rows.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? '')));
  });
  const [header, ...lines] = rows;
  // Every column but the ones that hold the real clock or a hash.
  const pick = (r: string[]) => header!.flatMap((h, i) => (h === '报送时间' || h === 'SHA-256' ? [] : [r[i] ?? '']));
  return { header: header!, lines: lines.map(pick) };
};

beforeAll(async () => {
  await seedLevels();
  // DA's own ledger, sent before review was on: it needed none.
  await sendPledge(T.da, 'DA');
  await reviewPledges(true);
  const a1v1 = await sendPledge(T.a1, 'A1');
  await act(T.da, a1v1.id, 'return', '第2行承诺事项请写明可量化的目标。');
  const a1v2 = await sendPledge(T.a1, 'A1', V2);
  await act(T.da, a1v2.id, 'approve', '已核实');
  await actedAt(a1v2.id, '2026-07-16T02:30:00.000Z');
  // A2 sent twice before anyone judged: the first waits for nobody any more.
  await sendPledge(T.a2, 'A2');
  await sendPledge(T.a2, 'A2', V2);
  // Approved by its 党总支, then returned by the 机关党委 itself.
  const b1 = await sendPledge(T.b1, 'B1');
  await act(T.db, b1.id, 'approve');
  await actedAt(b1.id, '2026-07-17T01:05:00.000Z');
  await act(T.admin, b1.id, 'return', '请补充第3行的完成日期');
});

describe('归档清单 under 逐级审核', () => {
  it('says who approved each version and when, what still waits, and which level returned it', async () => {
    const { header, lines } = await manifest(T.admin);
    expect(header).toEqual(['单位编码', '单位名称', '台账', '版本', '报送时间', '状态', '审核', '计入汇总', '归档文件', 'SHA-256', '退回意见']);
    expect(lines).toEqual([
      ['A1', '办公室党支部', '承诺践诺台账', '1', '已退回', '', '否', NO_FILE, '（综合业务党总支）第2行承诺事项请写明可量化的目标。'],
      ['A1', '办公室党支部', '承诺践诺台账', '2', '按时报送', '综合业务党总支 审核通过 2026-07-16 10:30', '是', NO_FILE, ''],
      ['A2', '政策研究室党支部', '承诺践诺台账', '1', '未计入', '未审核', '否', NO_FILE, ''],
      ['A2', '政策研究室党支部', '承诺践诺台账', '2', '待审核', '待审核', '否', NO_FILE, ''],
      ['B1', '综合处党支部', '承诺践诺台账', '1', '已退回', '经济运行党总支 审核通过 2026-07-17 09:05', '否', NO_FILE, '请补充第3行的完成日期'],
      ['DA', '综合业务党总支', '承诺践诺台账', '1', '按时报送', '', '是', NO_FILE, ''],
    ]);
  });

  it('reads the same for a 党总支, its subtree only', async () => {
    const all = (await manifest(T.admin)).lines;
    expect((await manifest(T.da)).lines).toEqual(all.filter((l) => ['A1', 'A2', 'DA'].includes(l[0]!)));
  });
});
