import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, openBrowser, SCREENSHOTS } from './browser.ts';
import { filledPledgeXlsx, GOOD_ROWS, MESSY_ROWS, pledgeGrid, UNIT } from './ledgers.ts';
import { startWorker, type WorkerServer } from './worker-server.ts';
import { OTHER_UNIT } from './world.ts';

/**
 * The unit's side of the pane: the picker points at the first ledger still
 * owed, a file of another ledger of the period is offered as a switch, and
 * 我的报送 names its period and the real counts of a version refused for errors.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WIDTHS = [320, 420, 1366] as const;
/** The period's ledgers, set in ids' alphabetical order on purpose: the picker must still list them as the catalog does. */
const SLOTS = ['branch-grading', 'mass-evaluation', 'pledge-ledger'];

let server: WorkerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let unitToken: string;

async function submitFile(rows: typeof GOOD_ROWS, name: string): Promise<number> {
  const form = new FormData();
  form.append('file', new File([(await filledPledgeXlsx(rows)) as Uint8Array<ArrayBuffer>], name));
  form.append('templateId', 'pledge-ledger');
  form.append('period', '2026H1');
  return (await fetch(`${server.origin}/api/submissions`, { method: 'POST', headers: { authorization: `Bearer ${unitToken}` }, body: form })).status;
}

beforeAll(async () => {
  server = await startWorker();
  for (const u of [UNIT, OTHER_UNIT]) await server.admin('POST', '/api/admin/units', { code: u.code, name: u.name, members: 30, teams: 3, branches: 2 });
  for (const templateId of SLOTS) await server.admin('POST', '/api/admin/periods', { templateId, code: '2026H1', opens: '2026-01-01', due: '2099-07-15' });
  ({ token: unitToken } = (await server.admin('POST', '/api/admin/tokens', { kind: 'unit', unitCode: UNIT.code })) as { token: string });
  // 承诺践诺台账 is sent (v1), then a messy file is stored as rejected (v2, as a script may): still counted as sent,
  // so the first ledger owed is 群众评议情况统计表.
  expect(await submitFile(GOOD_ROWS, '承诺践诺台账.xlsx')).toBe(201);
  expect(await submitFile(MESSY_ROWS, '承诺践诺台账-草稿.xlsx')).toBe(201);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function unitPane(query = '', grid?: unknown): Promise<Page> {
  const page = await browser.context.newPage();
  if (grid) await page.addInitScript((g) => { window.__tztGrid = g; }, grid);
  await page.goto(`${server.origin}/taskpane.html${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await connect(page, unitToken);
  return page;
}

/** 填报校验 or 我的报送 at the pane's narrowest and widest and at a 1366 px page, into test-output/screenshots. */
async function shots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 860 });
    await page.screenshot({ path: join(SCREENSHOTS, `unit-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 420, height: 860 });
}

const optionValues = (page: Page) => page.locator('[data-test=template] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
const picked = (page: Page) => page.locator('[data-test=template]').inputValue();

describe('the unit side of the pane', () => {
  it('browser mode: the first owed ledger is picked, a file of another ledger is offered as a switch, 我的报送 names its period', async () => {
    const page = await unitPane();
    await page.locator('[data-test=owed-ledger]').first().waitFor();
    // The catalog's order (GET /api/templates), whatever order the office set them in.
    const catalog = ((await (await fetch(`${server.origin}/api/templates`)).json()) as { id: string }[]).map((t) => t.id).filter((id) => SLOTS.includes(id));
    expect(catalog).toEqual(['pledge-ledger', 'mass-evaluation', 'branch-grading']);
    await expect.poll(() => picked(page)).toBe('mass-evaluation');
    expect(await optionValues(page)).toEqual(catalog);
    expect(await page.locator('[data-test=validate]').textContent()).toBe('校验');
    await shots(page, 'check');

    // A 承诺践诺台账 file while 群众评议情况统计表 is picked: the pane offers the switch.
    await page.locator('[data-test=file]').setInputFiles({ name: '承诺践诺台账-填写.xlsx', mimeType: XLSX, buffer: Buffer.from(await filledPledgeXlsx(GOOD_ROWS)) });
    const offer = page.locator('[data-test=ledger-switch]');
    await offer.waitFor();
    expect(await offer.textContent()).toBe('这是“承诺践诺台账”，不是本次要报送的“群众评议情况统计表”。请选择正确的文件，或在“承诺践诺台账”的报送入口上传。切换到《承诺践诺台账》并重新校验');
    expect(await page.locator('[data-test=validate]').textContent()).toBe('重新校验');
    expect(await page.locator('[data-test=submit-gate]').textContent()).toBe('这个文件不是可报送的台账，请按下面的提示处理。');
    // The offer says what 校验结果 would only repeat.
    expect(await page.locator('[data-test=results]').isHidden()).toBe(true);
    await shots(page, 'check-mismatch');
    await page.locator('[data-test=switch-ledger]').click();
    await page.locator('[data-test=report-summary][data-intent=success]').waitFor();
    expect(await picked(page)).toBe('pledge-ledger');
    expect(await page.locator('[data-test=ledger-switch]').count()).toBe(0);
    expect(await page.locator('[data-test=submit]').isDisabled()).toBe(false);
    await shots(page, 'check-switched');

    // 我的报送 names the period, and the rejected v2 shows the 3 rows it read.
    await page.locator('[data-test=tab-mine]').click();
    await page.locator('[data-test=submission]').first().waitFor();
    expect(await page.locator('[data-test=submissions-period]').textContent()).toBe('2026年上半年的报送记录');
    const facts = await page.locator('[data-test=submission]').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.status, e.querySelector('[data-test=submission-facts]')!.textContent!.replace(/^.*? · .*? · /, '')]));
    expect(facts).toEqual([['rejected', '读取 3 行，未计入 · 错误 3 · 提醒 0'], ['accepted', '读取 3 行 · 错误 0 · 提醒 0']]);
    await shots(page, 'mine');

    // Back on 填报校验 the user's own choice stays, though that ledger is already sent.
    await page.locator('[data-test=tab-check]').click();
    await page.locator('[data-test=owed-ledger]').first().waitFor();
    expect(await picked(page)).toBe('pledge-ledger');
    await page.close();
  });

  it('in Excel (memory workbook): the open workbook of another ledger is offered as a switch', async () => {
    const page = await unitPane('?adapter=memory', pledgeGrid(GOOD_ROWS));
    await page.locator('[data-test=owed-ledger]').first().waitFor();
    await expect.poll(() => picked(page)).toBe('mass-evaluation');
    expect(await page.locator('[data-test=validate]').textContent()).toBe('校验当前工作簿');
    await page.locator('[data-test=validate]').click();
    await page.locator('[data-test=switch-ledger]', { hasText: '切换到《承诺践诺台账》并重新校验' }).click();
    await page.locator('[data-test=report-summary][data-intent=success]').waitFor();
    expect(await picked(page)).toBe('pledge-ledger');
    expect(await page.locator('[data-test=validate]').textContent()).toBe('重新校验');
    await shots(page, 'workbook-switched');
    await page.close();
  });
});
