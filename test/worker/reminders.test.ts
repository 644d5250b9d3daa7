import { env } from 'cloudflare:workers';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, GOOD_ROWS, pledgeGrid, seedToken, seedUnit, seedWorld, TOKENS } from './helpers.ts';

const setContact = (code: string, name: string, phone: string) =>
  env.DB.prepare('UPDATE units SET contact_name = ?, contact_phone = ? WHERE code = ?').bind(name, phone, code).run();

const send = async (token: string, unitCode: string) => {
  const res = await call('POST', '/api/submissions', { token, json: { templateId: 'pledge-ledger', period: '2026H1', grid: pledgeGrid(GOOD_ROWS, '承诺践诺台账.xlsx', unitCode) } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { submission: { id: string } }).submission.id;
};

// The due date is far ahead so days overdue do not depend on the day the test runs (the count itself is tested in test/ledger/reminders.test.ts).
const LINE = { templateId: 'pledge-ledger', ledger: '承诺践诺台账', due: '2099-07-15', daysOverdue: 0 };

beforeAll(async () => {
  await seedWorld();
  await seedUnit('C', '市财政局机关党委', 'ROOT');
  await seedToken('tzt_unit_c', 'unit', 'C');
  await setContact('A', '张三', '13800000001');
  await setContact('B', '李四', '13800000002');
  await setContact('C', '王五', '13800000003');
  await send(TOKENS.a, 'A');
  const returned = await send('tzt_unit_c', 'C');
  const res = await call('POST', `/api/admin/submissions/${returned}/return`, { token: TOKENS.admin, json: { comment: '第2行完成时限有误，请核对' } });
  expect(res.status).toBe(200);
});

describe('GET /api/admin/reminders', () => {
  it('lists the missing and the returned units with their contacts, and a notice naming them', async () => {
    const res = await call('GET', '/api/admin/reminders?period=2026H1', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { period: unknown; today: string; lines: unknown[]; notice: string };
    expect(body.period).toEqual({ code: '2026H1', label: '2026年上半年' });
    expect(body.lines).toEqual([
      { unitCode: 'B', unitName: '市统计局机关党委', contactName: '李四', contactPhone: '13800000002', ...LINE, state: 'missing', label: '未报送', returnComment: null },
      { unitCode: 'C', unitName: '市财政局机关党委', contactName: '王五', contactPhone: '13800000003', ...LINE, state: 'returned', label: '已退回', returnComment: '第2行完成时限有误，请核对' },
    ]);
    expect(body.notice).toContain('一、尚未报送（1个单位）\n1. 市统计局机关党委（联系人：李四，联系电话：13800000002）：承诺践诺台账（截止2099年7月15日）');
    expect(body.notice).toContain('1. 市财政局机关党委（联系人：王五，联系电话：13800000003）：承诺践诺台账（退回意见：第2行完成时限有误，请核对；截止2099年7月15日）');
    expect(body.notice).not.toContain('市发展改革委机关党委');
  });

  it('downloads the same lines as the 催报名单 workbook', async () => {
    const res = await call('GET', '/api/admin/reminders.xlsx?period=2026H1', { token: TOKENS.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="reminders-2026H1.xlsx"; filename*=UTF-8''${encodeURIComponent('催报名单-2026年上半年.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('催报名单')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['2026年上半年党建台账催报名单']);
    expect(String(rows[1]![0])).toMatch(/^截至\d{4}年\d{1,2}月\d{1,2}日：未报送 1 项、已退回 1 项、已拒收 0 项（逾期报送的已报送，不列入）$/);
    expect(rows.slice(2)).toEqual([
      ['单位编码', '单位名称', '联系人', '联系电话', '台账', '截止日期', '状态', '逾期天数', '退回意见'],
      ['B', '市统计局机关党委', '李四', '13800000002', '承诺践诺台账', '2099-07-15', '未报送', 0],
      ['C', '市财政局机关党委', '王五', '13800000003', '承诺践诺台账', '2099-07-15', '已退回', 0, '第2行完成时限有误，请核对'],
    ]);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('answers 404 for a period not set', async () => {
    const res = await call('GET', '/api/admin/reminders?period=2030H1', { token: TOKENS.admin });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('period/not-found');
  });
});
