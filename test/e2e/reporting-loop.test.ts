import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filledPledgeXlsx, type PledgeRow } from '../fixtures/pledge-ledger.ts';
import { expectWorkbookMatchesBoard, type BoardJson } from '../fixtures/board-vs-workbook.ts';
import { chooseByKeyboard, connect, openBrowser, shot, typeOver } from './browser.ts';
import { GOOD_ROWS, MESSY_ROWS } from './ledgers.ts';
import { startWorker, type WorkerServer } from './worker-server.ts';

/**
 * The office's whole reporting loop, done in the page as its people do it —
 * keys typed, buttons clicked, files picked — from an empty organisation to
 * the period's archive: set up → units see what they owe → a ledger with
 * errors is blocked, fixed and sent → returned with a typed comment → sent
 * again → 催报 lists exactly who is missing → summary and archive agree with
 * the board, and the archive holds the originals byte for byte.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UNITS = [
  { code: 'ROOT', name: '市直机关工委', parent: '', contact: '', phone: '' },
  { code: 'D1', name: '综合业务党总支', parent: 'ROOT', contact: '周敏', phone: '0571-87000001' },
  { code: 'A', name: '办公室党支部', parent: 'D1', contact: '王芳', phone: '0571-87000002' },
  { code: 'B', name: '政策研究室党支部', parent: 'D1', contact: '李强', phone: '0571-87000003' },
  { code: 'C', name: '机关服务中心党支部', parent: 'ROOT', contact: '赵六', phone: '13800000003' },
] as const;
const unit = (code: string) => UNITS.find((u) => u.code === code)!;
const COMMENT = '第 3 行“走访群众20户”请写明走访的社区，补充后重新报送。';
const RESENT_ROWS: PledgeRow[] = [...GOOD_ROWS.slice(0, 2), ['党员', '李四', '第一党支部', '实事承诺', '走访湖滨社区群众20户', '每月走访', '2026-05-31', '已完成', '2026-05-20', '满意']];

let server: WorkerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
const tokens = new Map<string, string>();
/** What each unit sent, by archive file name, to compare with the archive byte for byte. */
const sent = new Map<string, Uint8Array>();

beforeAll(async () => {
  server = await startWorker();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function freshPage(token: string, width = 420): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await connect(page, token);
  return page;
}



async function downloadBy(page: Page, button: Locator): Promise<{ file: Download; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
  return { file, bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

async function sheetRows(bytes: Uint8Array, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

/** Rows under the header row that starts with `first`, as objects keyed by header. */
function table(rows: unknown[][], first: string): Record<string, unknown>[] {
  const at = rows.findIndex((r) => r[0] === first);
  const header = rows[at]!.map(String);
  return rows.slice(at + 1).filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

async function unitList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('单位名单');
  ws.addRow(['单位编码', '单位名称', '上级单位编码', '党员总数', '内设团队数', '党支部数', '联系人', '联系电话']);
  for (const u of UNITS) ws.addRow([u.code, u.name, u.parent, 20, 2, 1, u.contact, u.phone]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A unit picks its filled ledger, reads the check and sends it; returns the version the page reports. */
async function sendLedger(page: Page, code: string, rows: PledgeRow[], version: number): Promise<void> {
  const bytes = await filledPledgeXlsx(rows, unit(code));
  await page.locator('[data-test=file]').setInputFiles({ name: '承诺践诺台账.xlsx', mimeType: XLSX, buffer: Buffer.from(bytes) });
  await page.locator('[data-test=report-summary][data-intent=success]').waitFor();
  await page.locator('[data-test=submit]').click();
  await page.locator('[data-test=submit-result]', { hasText: `已报送第 ${version} 版` }).waitFor();
  sent.set(`原件/${code}_${unit(code).name}_承诺践诺台账_v${version}.xlsx`, bytes);
}

const owed = (page: Page, template: string) => page.locator(`[data-test=owed-ledger][data-template=${template}]`);

describe('the reporting loop, from an empty organisation to the archive, in the page', () => {
  it('office: imports the units, asks for two ledgers in 2026年上半年 and hands out tokens', async () => {
    const page = await freshPage(server.adminToken, 1366);
    await page.locator('[data-test=tab-setup]').click();
    await page.locator('[data-test=units-file]').setInputFiles({ name: '单位名单.xlsx', mimeType: XLSX, buffer: await unitList() });
    await page.locator('[data-test=import-units]').click();
    await page.locator('[data-test=import-result]', { hasText: '已导入 5 个单位：新增 5 个，更新 0 个。' }).waitFor();

    await page.locator('[data-test=tab-setup-periods]').click();
    await chooseByKeyboard(page, page.locator('[data-test=setup-period]'), '2026年上半年');
    await page.locator('[data-test=period-add] label.check', { hasText: '承诺践诺台账' }).click();
    await page.locator('[data-test=period-add] label.check', { hasText: '群众评议情况统计表' }).click();
    // The DOMAIN default is offered; the office extends it by typing, as it would for a late start.
    expect(await page.locator('[data-test=assign-due]').inputValue()).toBe('2026-07-15');
    await typeOver(page, page.locator('[data-test=assign-due]'), '2099-12-31');
    await page.locator('[data-test=assign-period]').click();
    await page.locator('[data-test=period-result]', { hasText: '已为2026年上半年设置 2 种台账' }).waitFor();

    await page.locator('[data-test=tab-setup-tokens]').click();
    await page.locator('[data-test=bulk-count]', { hasText: '5 个单位尚无有效令牌' }).waitFor();
    const { bytes } = await downloadBy(page, page.locator('[data-test=bulk-tokens]'));
    for (const r of table(await sheetRows(bytes, '单位令牌'), '单位编码')) tokens.set(String(r['单位编码']), String(r['令牌']));
    expect([...tokens.keys()].sort()).toEqual(UNITS.map((u) => u.code).sort());
    await page.close();
  });

  it('unit A: sees what it owes, is blocked on errors, fixes and sends', async () => {
    const page = await freshPage(tokens.get('A')!);
    await owed(page, 'pledge-ledger').waitFor();
    expect(await owed(page, 'pledge-ledger').getAttribute('data-state')).toBe('missing');
    expect(await owed(page, 'mass-evaluation').getAttribute('data-state')).toBe('missing');
    expect(await page.locator('[data-test=owed]').textContent()).toContain('截止 2099-12-31');

    await page.locator('[data-test=file]').setInputFiles({ name: '承诺践诺台账.xlsx', mimeType: XLSX, buffer: Buffer.from(await filledPledgeXlsx(MESSY_ROWS, unit('A'))) });
    await page.locator('[data-test=issue-table]').waitFor();
    expect(await page.locator('[data-test=submit]').isDisabled()).toBe(true);
    expect(await page.locator('[data-test=submit-gate]').textContent()).toBe('还有 3 个错误，改正后重新校验才能报送。');
    await shot(page, 'loop-unit-blocked');

    await sendLedger(page, 'A', GOOD_ROWS, 1);
    await owed(page, 'pledge-ledger').and(page.locator('[data-state=on_time]')).waitFor();
    await page.close();

    const b = await freshPage(tokens.get('B')!);
    await owed(b, 'pledge-ledger').waitFor();
    await sendLedger(b, 'B', GOOD_ROWS, 1);
    await b.close();
  });

  it('office: returns A\'s ledger with a typed comment; A reads exactly that and sends again', async () => {
    const page = await freshPage(server.adminToken, 1366);
    await page.locator('[data-test=status-cell][data-unit=A][data-template=pledge-ledger]').click();
    const dialog = page.locator('[data-test=slot-dialog]');
    await dialog.locator('[data-test=version][data-version="1"] [data-test=return]').click();
    await page.getByLabel('退回意见').focus();
    await page.keyboard.type(COMMENT);
    await page.locator('[data-test=confirm-return]').click();
    await page.locator('[data-test=return-result]', { hasText: '已退回办公室党支部的承诺践诺台账第 1 版' }).waitFor();
    await shot(page, 'loop-office-returned');
    await page.close();

    const a = await freshPage(tokens.get('A')!);
    await owed(a, 'pledge-ledger').and(a.locator('[data-state=returned]')).waitFor();
    expect(await owed(a, 'pledge-ledger').locator('[data-test=owed-comment]').textContent()).toBe(`机关党委退回意见：${COMMENT}`);
    await sendLedger(a, 'A', RESENT_ROWS, 2);
    await a.close();
  });

  it('office: 催报 lists exactly who still owes; the summary and the archive agree with the board', async () => {
    const page = await freshPage(server.adminToken, 1366);
    const tile = (name: string) => page.locator(`[data-test=count-${name}] b`).textContent();
    await page.locator('[data-test=status-cell][data-unit=A][data-template=pledge-ledger][data-state=on_time]').waitFor();
    // Leaves A, B, C × two ledgers: A and B sent the pledge ledger; nobody sent 群众评议.
    expect([await tile('on-time'), await tile('late'), await tile('missing'), await tile('returned'), await tile('rejected')]).toEqual(['2', '0', '4', '0', '0']);
    await page.locator('[data-test=reminder-count]', { hasText: '需催报 4 项（未报送 4），涉及 3 个单位' }).waitFor();
    const notice = await page.locator('[data-test=reminder-notice]').inputValue();
    for (const u of ['A', 'B', 'C']) expect(notice).toContain(unit(u).name);
    expect(notice).not.toContain(unit('D1').name);

    const reminders = await downloadBy(page, page.locator('[data-test=download-reminders]'));
    const lines = table(await sheetRows(reminders.bytes, '催报名单'), '单位编码').map((r) => `${r['单位编码']}/${r['台账']}/${r['状态']}/${r['联系人']}/${r['联系电话']}`);
    expect(lines).toEqual([
      'A/群众评议情况统计表/未报送/王芳/0571-87000002',
      'B/群众评议情况统计表/未报送/李强/0571-87000003',
      'C/承诺践诺台账/未报送/赵六/13800000003',
      'C/群众评议情况统计表/未报送/赵六/13800000003',
    ]);
    await shot(page, 'loop-office-board');

    const board = (await (await fetch(`${server.origin}/api/admin/status?period=2026H1`, { headers: { authorization: `Bearer ${server.adminToken}` } })).json()) as BoardJson;
    await page.locator('[data-test=tab-summary]').click();
    const summary = await downloadBy(page, page.locator('[data-test=download-summary]'));
    expect(summary.file.suggestedFilename()).toBe('汇总表-2026年上半年.xlsx');
    expect(await expectWorkbookMatchesBoard(board, summary.bytes.buffer as ArrayBuffer)).toEqual({ ledgers: 2, cells: 6, subtotals: 4 });

    const archive = await downloadBy(page, page.locator('[data-test=download-archive]'));
    const files = unzipSync(archive.bytes);
    const manifest = table(await sheetRows(files['归档清单-2026年上半年.xlsx']!, '归档清单'), '单位编码');
    const counted = manifest.filter((r) => r['计入汇总'] === '是');
    expect(counted.map((r) => `${r['单位编码']}/v${r['版本']}/${r['状态']}`).sort()).toEqual(['A/v2/按时报送', 'B/v1/按时报送']);
    expect(manifest.find((r) => r['单位编码'] === 'A' && r['版本'] === 1)).toMatchObject({ 状态: '已退回', 退回意见: COMMENT, 计入汇总: '否' });
    // Every counted version is in the zip exactly as the unit sent it.
    for (const r of counted) {
      const bytes = files[String(r['归档文件'])]!;
      expect(bytes, String(r['归档文件'])).toBeDefined();
      expect(Buffer.from(bytes).equals(Buffer.from(sent.get(String(r['归档文件']))!))).toBe(true);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(r['SHA-256']);
    }
    await page.close();
  });
});
