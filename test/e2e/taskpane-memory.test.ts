import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, openBrowser, shot } from './browser.ts';
import { filledPledgeXlsx, GOOD_ROWS, MESSY_ROWS, pledgeGrid } from './ledgers.ts';
import { startWorker, type WorkerServer } from './worker-server.ts';
import { seedWorld } from './world.ts';
import { pledgeLedger } from '../../templates/catalog/index.ts';
import { expectedSummarySheets } from '../templates/summary/fixtures.ts';

/**
 * The task pane's Excel flows in Chromium with the Office layer replaced by
 * the in-memory workbook (`?adapter=memory`): same adapter interface, no Excel.
 */
let server: WorkerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let unitToken: string;

beforeAll(async () => {
  server = await startWorker();
  ({ unitToken } = await seedWorld(server));
  // A counted submission, so the summary the office writes has a unit's figures.
  const form = new FormData();
  form.append('file', new File([(await filledPledgeXlsx(GOOD_ROWS)) as Uint8Array<ArrayBuffer>], 'ledger.xlsx'));
  form.append('templateId', 'pledge-ledger');
  form.append('period', '2026H1');
  const res = await fetch(`${server.origin}/api/submissions`, { method: 'POST', headers: { authorization: `Bearer ${unitToken}` }, body: form });
  expect(res.status).toBe(201);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh page on the in-memory adapter; `before` runs ahead of the pane's own scripts. */
async function blankPane(before: (grid: unknown) => void, grid: unknown): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(before, grid);
  await page.goto(`${server.origin}/taskpane.html?adapter=memory`);
  return page;
}

async function pane(token: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript((grid) => { window.__tztGrid = grid; }, pledgeGrid(MESSY_ROWS));
  await page.goto(`${server.origin}/taskpane.html?adapter=memory`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await connect(page, token);
  return page;
}

interface MemorySheetView { name: string; fills: [string, string][]; notes: [string, string][]; tables: { name: string; address: string }[]; charts: { type: string; title: string; series: { name: string }[] }[]; dataBars: string[] }

const workbookState = (page: Page) =>
  page.evaluate(() => {
    const wb = window.__tztWorkbook as {
      selected: unknown;
      sheets: { name: string; fills: Map<string, string>; notes: Map<string, string>; tables: unknown[]; charts: unknown[]; dataBars: string[] }[];
    };
    return {
      selected: wb.selected,
      sheets: wb.sheets.map((s) => ({ name: s.name, fills: [...s.fills], notes: [...s.notes], tables: s.tables, charts: s.charts, dataBars: s.dataBars })),
    };
  }) as Promise<{ selected: unknown; sheets: MemorySheetView[] }>;

describe('task pane against an in-memory workbook', () => {
  it('unit: validate → issues → click selects the cell → mark → clear', async () => {
    const page = await pane(unitToken);
    expect(await page.locator('.top').textContent()).toContain('演示工作簿');
    await shot(page, '11-pane-unit');
    await page.locator('[data-test=validate]').click();
    await page.locator('[data-test=issue-list]').waitFor();
    const cells = await page.locator('[data-test=issue]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell));
    expect(cells).toEqual(['承诺践诺台账!H6', '承诺践诺台账!E7', '承诺践诺台账!F7']);
    expect(await page.locator('.group h3').allTextContents()).toEqual(['错误完成时限（1）', '错误承诺类别（1）', '错误承诺事项（1）']);
    await shot(page, '12-pane-issues');

    await page.locator('[data-test=issue][data-cell="承诺践诺台账!E7"]').click();
    await expect.poll(async () => (await workbookState(page)).selected).toEqual({ sheet: '承诺践诺台账', cell: 'E7' });

    await page.locator('[data-test=mark]').click();
    await page.locator('[data-test=mark-result]').waitFor();
    expect(await page.locator('[data-test=mark-result]').textContent()).toBe('已在表格中标出 3 个单元格（鼠标移到单元格上可看批注）。');
    const marked = (await workbookState(page)).sheets[0]!;
    expect(marked.fills).toEqual([['H6', '#FFC7CE'], ['E7', '#FFC7CE'], ['F7', '#FFC7CE']]);
    expect(marked.notes.map(([cell]) => cell)).toEqual(['H6', 'E7', 'F7']);
    expect(marked.notes[0]![1]).toContain('无法识别“下个月”');
    await shot(page, '13-pane-marked');

    await page.locator('[data-test=clear]').click();
    await page.locator('[data-test=clear-result]').waitFor();
    expect(await page.locator('[data-test=clear-result]').textContent()).toBe('已清除 3 个单元格的标记，原有底色已恢复。');
    const cleared = (await workbookState(page)).sheets[0]!;
    expect(cleared.fills).toEqual([]);
    expect(cleared.notes).toEqual([]);
    await page.close();
  });

  it('office: 写入汇总表 puts the summary sheets, tables and charts into the workbook', async () => {
    const page = await pane(server.adminToken);
    await page.locator('[data-test=tab-summary]').click();
    await page.locator('[data-test=write-summary]').click();
    await page.locator('[data-test=write-result]').waitFor();
    await shot(page, '14-pane-admin-summary-written');
    const { sheets } = await workbookState(page);
    // The period asks for 承诺践诺台账 only: its sheets, none for the other ledgers.
    expect(sheets.map((s) => s.name)).toEqual(['承诺践诺台账', ...expectedSummarySheets([pledgeLedger])]);
    expect(sheets.slice(1).every((s) => s.tables.length === 1)).toBe(true);
    const chart = (name: string) => sheets.find((s) => s.name === name)!.charts.map((c) => ({ type: c.type, title: c.title, series: c.series.map((x) => x.name) }));
    expect(chart('承诺践诺汇总')).toEqual([{ type: 'BarClustered', title: '各单位承诺完成率', series: ['完成率'] }]);
    expect(chart('报送进度')).toEqual([{ type: 'BarStacked', title: '报送进度', series: ['按时报送', '逾期报送', '未报送', '已退回', '已拒收', '待审核'] }]);

    // A refresh replaces the summary sheets instead of piling up copies. The
    // view clears the previous result when a write starts, so waiting for a
    // result again waits for this second write.
    await page.locator('[data-test=write-summary]').click();
    expect(await page.locator('[data-test=write-result]').count()).toBe(0);
    await page.locator('[data-test=write-result]').waitFor();
    const again = (await workbookState(page)).sheets;
    expect(again.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(new Set(again.map((s) => s.name)).size).toBe(sheets.length);
    expect(again.slice(1).map((s) => s.tables.length)).toEqual(Array(sheets.length - 1).fill(1));
    await page.close();
  });

  it('unit: a workbook the server refuses still shows its issue list', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript((grid) => { window.__tztGrid = grid; }, { sheets: [{ name: 'Sheet1', values: [['随便写的内容'], ['不是台账']] }], source: { kind: 'workbook', name: '工作簿1.xlsx' } });
    await page.goto(`${server.origin}/taskpane.html?adapter=memory`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await connect(page, unitToken);
    await page.locator('[data-test=validate]').click();
    await page.locator('[data-test=message]').waitFor();
    const message = await page.locator('[data-test=message]').textContent();
    await page.locator('[data-test=issue-list]').waitFor();
    expect(await page.locator('[data-test=results]').isVisible()).toBe(true);
    const issues = await page.locator('[data-test=issue]').allTextContents();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.join('\n')).toContain(message!);
    await page.close();
  });

  it('startup: blocked localStorage still reaches the connect screen', async () => {
    const page = await blankPane(() => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    }, null);
    await page.locator('[data-test=token]').waitFor();
    await page.close();
  });

  it('startup: a failure shows a Chinese error instead of loading forever', async () => {
    // A grid whose sheets are not a list makes the in-memory workbook throw while booting.
    const page = await blankPane((grid) => { (window as unknown as { __tztGrid: unknown }).__tztGrid = grid; }, { sheets: 5, source: { kind: 'workbook', name: 'x' } });
    await page.locator('[data-test=startup-error-message]').waitFor();
    expect(await page.locator('[data-test=startup-error-message]').textContent()).toBe('台账通启动失败，请关闭任务窗格后重新打开；如果一直失败，请联系机关党委。');
    expect(await page.locator('#app').textContent()).not.toContain('正在加载台账通');
    await page.close();
  });
});
