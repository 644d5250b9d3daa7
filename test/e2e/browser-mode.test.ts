import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, openBrowser, shot } from './browser.ts';
import { filledPledgeXlsx, GOOD_ROWS, MESSY_ROWS, UNIT } from './ledgers.ts';
import { startWorker, type WorkerServer } from './worker-server.ts';
import { OTHER_UNIT, seedWorld } from './world.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: WorkerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let unitToken: string;

beforeAll(async () => {
  server = await startWorker();
  ({ unitToken } = await seedWorld(server));
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh page with no saved token (the browser keeps one profile for the whole file). */
async function freshPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('[data-test=connect]').waitFor();
  return page;
}

/** The unit's cell on the board: one ledger (承诺践诺台账) is set for the period, so one cell per unit. */
const boardCell = (page: Page, unit: string) => page.locator(`[data-test=status-cell][data-unit=${unit}]`);

describe('browser mode (no Office host), end to end against wrangler dev', () => {
  it('office: the status board starts with nobody reported', async () => {
    const page = await freshPage();
    await shot(page, '01-connect');
    await connect(page, server.adminToken);
    await boardCell(page, UNIT.code).waitFor();
    expect(await boardCell(page, UNIT.code).getAttribute('data-state')).toBe('missing');
    expect(await boardCell(page, OTHER_UNIT.code).getAttribute('data-state')).toBe('missing');
    expect(await page.locator('[data-test=count-missing] b').textContent()).toBe('2');
    expect(await page.locator('[data-test=progress]').textContent()).toBe('0%');
    // 催报: both units owe their ledger; the notice to copy names them.
    await page.locator('[data-test=reminder-count]', { hasText: '需催报 2 项（未报送 2），涉及 2 个单位' }).waitFor();
    expect(await page.locator('[data-test=reminder-notice]').inputValue()).toContain(UNIT.name);
    await shot(page, '02-admin-status-before');

    // The tabs work from the keyboard: arrows and Home/End move the selection and switch the panel.
    const selected = () => page.locator('[role=tab][aria-selected=true]').getAttribute('data-test');
    await page.locator('[data-test=tab-status]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('tab-summary');
    await page.locator('[data-test=download-summary]').waitFor();
    await page.keyboard.press('End');
    expect(await selected()).toBe('tab-settings');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('tab-settings');
    await page.keyboard.press('Home');
    expect(await selected()).toBe('tab-status');
    await boardCell(page, UNIT.code).waitFor();

    // 设置 → 退出并清除令牌: on a shared computer nothing of the token stays behind, even after a reload.
    await page.locator('[data-test=tab-settings]').click();
    await page.locator('[data-test=forget]').click();
    await page.locator('[data-test=connect]').waitFor();
    await page.reload();
    await page.locator('[data-test=connect]').waitFor();
    expect(await page.locator('[data-test=token]').inputValue()).toBe('');
    await page.close();
  });

  it('unit: a messy ledger shows the exact cells and Chinese messages; the corrected one is submitted', async () => {
    const page = await freshPage();
    await connect(page, unitToken);
    await expect(page.locator('.who').textContent()).resolves.toContain(UNIT.name);
    await shot(page, '03-unit-upload');

    await page.locator('[data-test=file]').setInputFiles({ name: '承诺践诺台账-填写.xlsx', mimeType: XLSX, buffer: Buffer.from(await filledPledgeXlsx(MESSY_ROWS)) });
    await page.locator('[data-test=issue-table]').waitFor();
    const rows = await page.locator('[data-test=issue-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['错误', '承诺践诺台账', 'H6', '完成时限：无法识别“下个月”，请填写日期，如 2026-07-15。'],
      ['错误', '承诺践诺台账', 'E7', '承诺类别：“其他承诺”不是可选值，请从下拉列表中选择：服务承诺、实事承诺。'],
      ['错误', '承诺践诺台账', 'F7', '承诺事项：必填项为空，请填写。'],
    ]);
    expect(await page.locator('[data-test=report-summary]').textContent()).toContain('错误 3 个');
    // One click must not store a version the office only sees as 已拒收.
    expect(await page.locator('[data-test=submit]').isDisabled()).toBe(true);
    expect(await page.locator('[data-test=submit-gate]').textContent()).toBe('还有 3 个错误，改正后重新校验才能报送。');
    await shot(page, '04-unit-upload-errors');

    await page.locator('[data-test=file]').setInputFiles({ name: '承诺践诺台账-已改.xlsx', mimeType: XLSX, buffer: Buffer.from(await filledPledgeXlsx(GOOD_ROWS)) });
    await page.locator('[data-test=report-summary][data-intent=success]').waitFor();
    expect(await page.locator('[data-test=issue-table]').count()).toBe(0);
    await page.locator('[data-test=submit]').click();
    await page.locator('[data-test=submit-result]').waitFor();
    expect(await page.locator('[data-test=submit-result]').textContent()).toContain('已报送第 1 版');
    await shot(page, '05-unit-submitted');
    // The same file again (a second click, a second attempt): nothing new is stored.
    await page.locator('[data-test=submit]').click();
    await page.locator('[data-test=submit-result]', { hasText: '与第 1 版相同，未重复保存' }).waitFor();

    await page.locator('[data-test=tab-mine]').click();
    await page.locator('[data-test=submission]').first().waitFor();
    const sub = page.locator('[data-test=submission]');
    expect(await sub.count()).toBe(1);
    expect(await sub.first().textContent()).toContain('承诺践诺台账第 1 版已接收');
    await shot(page, '06-unit-my-submissions');
    await page.close();
  });

  it('office: the board moves to 按时报送 and the downloaded summary holds the figures', async () => {
    const page = await freshPage();
    await connect(page, server.adminToken);
    await boardCell(page, UNIT.code).waitFor();
    expect(await boardCell(page, UNIT.code).getAttribute('data-state')).toBe('on_time');
    expect(await boardCell(page, UNIT.code).textContent()).toContain('按时报送');
    expect(await page.locator('[data-test=count-on-time] b').textContent()).toBe('1');
    expect(await page.locator('[data-test=count-missing] b').textContent()).toBe('1');
    expect(await page.locator('[data-test=progress]').textContent()).toBe('50%');
    await shot(page, '07-admin-status-after');

    await page.locator('[data-test=tab-summary]').click();
    await page.locator('[data-test=download-summary]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.locator('[data-test=download-summary]').click()]);
    expect(download.suggestedFilename()).toBe('汇总表-2026年上半年.xlsx');
    await page.locator('[data-test=download-result]').waitFor();
    await shot(page, '08-admin-summary');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    const figures = rowOf(wb.getWorksheet('承诺践诺汇总')!, UNIT.name, ['承诺总数', '完成率', '逾期']);
    // 张三's pledge (推进中, due 2026-06-30) is overdue on the ledger's own 填报日期 (2026-07-10), whatever day this runs.
    expect(figures).toEqual({ 承诺总数: 3, 完成率: 2 / 3, 逾期: 1 });
    const status = wb.getWorksheet('报送情况')!;
    expect(JSON.stringify(rowValues(status, UNIT.name))).toContain('按时报送');
    expect(JSON.stringify(rowValues(status, OTHER_UNIT.name))).toContain('未报送');

    // 期末归档: the counted original, the summary and the manifest, in one zip.
    const [archive] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.locator('[data-test=download-archive]').click()]);
    expect(archive.suggestedFilename()).toBe('台账归档-2026年上半年.zip');
    const entries = Object.keys(unzipSync(readFileSync((await archive.path())!))).sort();
    expect(entries).toEqual([`原件/${UNIT.code}_${UNIT.name}_承诺践诺台账_v1.xlsx`, '归档清单-2026年上半年.xlsx', '汇总表-2026年上半年.xlsx'].sort());
    await page.close();
  });

  it('office: returning the submission with a comment shows on the unit side', async () => {
    const page = await freshPage();
    await connect(page, server.adminToken);
    await boardCell(page, UNIT.code).click();
    // The slot opens as a dialog naming unit, ledger and period; 退回 sits on the version the board counts.
    const dialog = page.locator('[data-test=slot-dialog]');
    expect(await dialog.locator('h2').textContent()).toBe(`${UNIT.name} · 承诺践诺台账`);
    await dialog.locator('[data-test=version][data-version="1"] [data-test=return]').click();
    // 退回意见 is the field's label; the example is only a placeholder, so the comment starts empty.
    const comment = page.getByLabel('退回意见');
    expect(await comment.inputValue()).toBe('');
    expect(await comment.getAttribute('placeholder')).toBe('例如：第 5 行完成时限填写有误，请核对后重新报送。');
    await comment.focus();
    await page.keyboard.type('第 2 行承诺事项请写明可量化的目标。');
    await shot(page, '09-admin-return');
    await page.locator('[data-test=confirm-return]').click();
    await page.locator('[data-test=return-result]').waitFor();
    expect(await page.locator('[data-test=return-result]').textContent()).toBe(`已退回${UNIT.name}的承诺践诺台账第 1 版，该单位需要重新报送。`);
    await page.locator(`[data-test=status-cell][data-unit=${UNIT.code}][data-state=returned]`).waitFor();
    await page.close();

    const unit = await freshPage();
    await connect(unit, unitToken);
    // Flagged where the unit uploads, not only in 我的报送.
    const owed = unit.locator('[data-test=owed-ledger][data-template=pledge-ledger]');
    await owed.waitFor();
    expect(await owed.getAttribute('data-state')).toBe('returned');
    expect(await owed.locator('[data-test=owed-comment]').textContent()).toBe('机关党委退回意见：第 2 行承诺事项请写明可量化的目标。');
    await shot(unit, '10a-unit-owed');
    await unit.locator('[data-test=tab-mine]').click();
    await unit.locator('[data-test=return-comment]').waitFor();
    expect(await unit.locator('[data-test=return-comment]').textContent()).toBe('机关党委退回意见：第 2 行承诺事项请写明可量化的目标。');
    expect(await unit.locator('[data-test=submission]').first().textContent()).toContain('已退回');
    await shot(unit, '10-unit-returned');
    await unit.close();
  });
});

function rowValues(ws: ExcelJS.Worksheet, unitName: string): unknown[] {
  let found: unknown[] | null = null;
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (!found && values.some((v) => v === unitName)) found = values;
  });
  if (!found) throw new Error(`no row for ${unitName} in ${ws.name}`);
  return found;
}

/** The unit's row, read by the header texts of the sheet (headers may span a group row above). */
function rowOf(ws: ExcelJS.Worksheet, unitName: string, headers: string[]): Record<string, unknown> {
  const cols = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (n > 8) return;
    row.eachCell((cell, c) => {
      const text = String(cell.value ?? '');
      if (headers.includes(text) && !cols.has(text)) cols.set(text, c);
    });
  });
  const values = rowValues(ws, unitName);
  return Object.fromEntries(headers.map((h) => [h, values[cols.get(h)! - 1]]));
}
