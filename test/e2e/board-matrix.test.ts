import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardCounts } from '../../addin/src/pane/status-board.ts';
import { ledgerWorkbook } from '../../scripts/seed/ledger-file.ts';
import { templateById } from '../../templates/catalog/index.ts';
import { filledPledgeXlsx } from '../fixtures/pledge-ledger.ts';
import { statusBoardJson } from '../fixtures/status-board.ts';
import { connect, openBrowser, SCREENSHOTS } from './browser.ts';
import { GOOD_ROWS, MESSY_ROWS } from './ledgers.ts';
import { startWorker, type WorkerServer } from './worker-server.ts';

/**
 * The office's board for an organisation of 30 units (工委 → three 党总支 →
 * branches, two branches directly under the 工委) and four ledgers, seeded
 * through the API, then used as a clerk does: tiles as filters, the search
 * box, folding a 党总支, and the slot behind a cell — versions, issues, the
 * original as sent, 退回 with a typed comment and the return history.
 */
const PERIOD = '2026H1';
const DEPTS = ['办公室', '法规处', '综合处', '规划处', '体改处', '国民经济处', '财金处', '投资处', '产业处', '高技术处', '能源处', '交通处', '农经处',
  '社会处', '就业处', '地区处', '价格处', '收费处', '粮食处', '物资处', '统计处', '审计处', '人事处', '机关党办', '离退休处', '信息中心'];
const GROUPS = [{ code: 'Z1', name: '综合业务党总支' }, { code: 'Z2', name: '经济运行党总支' }, { code: 'Z3', name: '投资项目党总支' }];
const BRANCHES = DEPTS.map((d, i) => ({ code: `B${String(i + 1).padStart(2, '0')}`, name: `${d}党支部`, parentCode: i < 24 ? GROUPS[Math.floor(i / 8)]!.code : 'W' }));
const UNITS = [{ code: 'W', name: '市直机关工委', parentCode: null }, ...GROUPS.map((g) => ({ ...g, parentCode: 'W' })), ...BRANCHES];
/** 整改台账 was due in July: anything sent now is 逾期报送. */
const LEDGERS: [string, string][] = [['pledge-ledger', '2099-07-15'], ['mass-evaluation', '2099-07-15'], ['rectification-ledger', '2026-07-15'], ['golden-ideas', '2099-07-15']];
/** Who sends what (a good file each), besides B02's two versions, B09's refused file and Z1's own pledge ledger. */
const SENT: Record<string, string[]> = {
  'pledge-ledger': ['B01', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08'],
  'mass-evaluation': ['B01', 'B02', 'B03', 'B04', 'B05', 'B06'],
  'rectification-ledger': ['B01', 'B02', 'B03', 'B04'],
  'golden-ideas': ['B25'],
};
const B02 = BRANCHES[1]!;
const codes = (from: number, to: number) => BRANCHES.slice(from, to).map((b) => b.code);
/** The board lists units by code within each parent (as the service and the summary do), parents before their branches. */
const TREE = ['W', 'B25', 'B26', 'Z1', ...codes(0, 8), 'Z2', ...codes(8, 16), 'Z3', ...codes(16, 24)];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: WorkerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
/** B02's second pledge ledger, as uploaded: the download must give these bytes back. */
let b02v2: Uint8Array;

async function submit(unitCode: string, templateId: string, bytes: Uint8Array, tokens: Map<string, string>): Promise<{ id: string; status: string }> {
  let token = tokens.get(unitCode);
  if (!token) {
    ({ token } = (await server.admin('POST', '/api/admin/tokens', { kind: 'unit', unitCode })) as { token: string });
    tokens.set(unitCode, token);
  }
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], `${templateById(templateId)!.name}.xlsx`, { type: XLSX }));
  form.append('templateId', templateId);
  form.append('period', PERIOD);
  const res = await fetch(`${server.origin}/api/submissions`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (res.status !== 201) throw new Error(`${unitCode} ${templateId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { submission: { id: string; status: string } }).submission;
}

const fileFor = (u: { code: string; name: string }, templateId: string): Promise<Uint8Array> => {
  const def = templateById(templateId)!;
  if (templateId === 'pledge-ledger') return filledPledgeXlsx(GOOD_ROWS, u);
  return ledgerWorkbook(def, { unitName: u.name, unitCode: u.code, period: PERIOD, filler: '王芳', phone: '0571-88000000', fillDate: '2026-07-10' }, def.example);
};

beforeAll(async () => {
  server = await startWorker();
  for (const u of UNITS) await server.admin('POST', '/api/admin/units', { ...u, members: 30, teams: 3, branches: 2 });
  for (const [templateId, due] of LEDGERS) await server.admin('POST', '/api/admin/periods', { templateId, code: PERIOD, opens: '2026-01-01', due });
  const tokens = new Map<string, string>();
  const unit = (code: string) => UNITS.find((u) => u.code === code)!;
  for (const [templateId, codes] of Object.entries(SENT)) for (const code of codes) await submit(code, templateId, await fileFor(unit(code), templateId), tokens);
  // B02: a file refused for errors, then the corrected one.
  expect((await submit(B02.code, 'pledge-ledger', await filledPledgeXlsx(MESSY_ROWS, B02), tokens)).status).toBe('rejected');
  b02v2 = await filledPledgeXlsx(GOOD_ROWS.slice(0, 2), B02);
  await submit(B02.code, 'pledge-ledger', b02v2, tokens);
  await submit('B09', 'pledge-ledger', await filledPledgeXlsx(MESSY_ROWS, unit('B09')), tokens);
  await submit('Z1', 'pledge-ledger', await fileFor(unit('Z1'), 'pledge-ledger'), tokens);
  const b05 = await submit('B05', 'pledge-ledger', await filledPledgeXlsx(GOOD_ROWS.slice(1), unit('B05')), tokens);
  await server.admin('POST', `/api/admin/submissions/${b05.id}/return`, { comment: '请补充承诺事项的完成时限。' });
  browser = await openBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Into test-output/screenshots, and /work/shots/board when that folder's parent exists. */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `board-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (existsSync('/work/shots')) {
    mkdirSync('/work/shots/board', { recursive: true });
    copyFileSync(file, `/work/shots/board/${name}.png`);
  }
}

async function adminBoard(width: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await connect(page, server.adminToken);
  await page.locator('[data-test=status-cell]').first().waitFor();
  return page;
}

const shownUnits = (page: Page) => page.locator('[data-test=status-row]:not([hidden])').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit')));
const markedCells = (page: Page) =>
  page.locator('[data-test=status-row]:not([hidden]) [data-test=status-cell].match').evaluateAll((cs) => cs.map((c) => `${c.getAttribute('data-unit')}/${c.getAttribute('data-template')}`).sort());
const tile = async (page: Page, name: string) => page.locator(`[data-test=count-${name}] b`).textContent();

/** Every expected slot nobody sent anything for. */
const MISSING = BRANCHES.flatMap((b) => LEDGERS.map(([t]) => t).filter((t) => !SENT[t]!.includes(b.code) && !(t === 'pledge-ledger' && ['B02', 'B09'].includes(b.code))).map((t) => `${b.code}/${t}`)).sort();

describe('the board as a matrix, 30 units × 4 ledgers against wrangler dev', () => {
  it('counts, tiles as filters, search and folding', async () => {
    const page = await adminBoard(1366);
    expect(await page.locator('[data-test=status-row]').count()).toBe(30);
    expect(await page.locator('[data-test=status-cell]').count()).toBe(120);
    // B05's pledge ledger returned, B09's only file refused; 整改台账 arrived after its due date.
    expect([await tile(page, 'on-time'), await tile(page, 'late'), await tile(page, 'missing'), await tile(page, 'returned'), await tile(page, 'rejected')]).toEqual(['14', '4', '84', '1', '1']);
    expect(MISSING).toHaveLength(84);
    expect(await page.locator('[data-test=progress]').textContent()).toBe('17.3%');
    // A parent's slot it was never asked for is a dash; Z1's own ledger shows, outside the counts.
    expect(await page.locator('[data-test=status-cell][data-unit=W][data-template=golden-ideas]').textContent()).toBe('—');
    expect(await page.locator('[data-test=status-cell][data-unit=Z1][data-template=pledge-ledger]').getAttribute('data-state')).toBe('on_time');
    expect(await page.locator('thead th[data-template]').evaluateAll((ths) => ths.map((th) => [th.textContent, th.getAttribute('aria-label')])))
      .toEqual([['承诺践诺', '承诺践诺台账'], ['群众评议', '群众评议情况统计表'], ['整改', '整改台账'], ['金点子', '金点子登记表']]);
    await shot(page, '30-units-1366');

    // 未报送: exactly the missing cells are marked, and only units owing something are listed (no parent owes).
    await page.locator('[data-test=count-missing]').click();
    expect(await page.locator('[data-test=count-missing]').getAttribute('aria-pressed')).toBe('true');
    expect(await markedCells(page)).toEqual(MISSING);
    expect(await shownUnits(page)).toEqual(TREE.filter((c) => c.startsWith('B')));
    await shot(page, '30-units-1366-missing');
    // 逾期报送 instead: the four late 整改台账.
    await page.locator('[data-test=count-late]').click();
    expect(await shownUnits(page)).toEqual(['B01', 'B02', 'B03', 'B04']);
    expect(await markedCells(page)).toEqual(['B01', 'B02', 'B03', 'B04'].map((b) => `${b}/rectification-ledger`));
    // Clicked again, the tile lets go: the whole tree is back.
    await page.locator('[data-test=count-late]').click();
    expect(await shownUnits(page)).toHaveLength(30);
    expect(await markedCells(page)).toEqual([]);

    // The search box narrows as one types, by name or by code.
    await page.locator('[data-test=board-search]').click();
    await page.keyboard.type('统计');
    expect(await shownUnits(page)).toEqual(['B21']);
    expect(await page.locator('[data-test=board-shown]').textContent()).toBe('“统计”：1 个单位（共 30 个）');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('党总支');
    expect(await shownUnits(page)).toEqual(['Z1', 'Z2', 'Z3']);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('b1');
    expect(await shownUnits(page)).toEqual(['B10', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'B18', 'B19']);
    // Search and tile together; then 清除筛选 clears both.
    await page.locator('[data-test=count-returned]').click();
    expect(await shownUnits(page)).toEqual([]);
    expect(await page.locator('.mx-empty').isVisible()).toBe(true);
    await page.locator('[data-test=clear-filter]').click();
    expect(await shownUnits(page)).toHaveLength(30);
    expect(await page.locator('[data-test=board-search]').inputValue()).toBe('');

    // Folding 综合业务党总支 hides its eight branches; unfolding brings them back.
    const fold = page.locator('[data-test=status-row][data-unit=Z1] [data-test=collapse]');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await shownUnits(page)).toEqual(TREE.filter((c) => !codes(0, 8).includes(c)));
    await shot(page, '30-units-1366-folded');
    await fold.click();
    expect(await shownUnits(page)).toEqual(TREE);
    await page.close();
  });

  it('a cell opens its slot: versions, issues, the original, 退回 and its history', async () => {
    const page = await adminBoard(1366);
    const cell = page.locator(`[data-test=status-cell][data-unit=${B02.code}][data-template=pledge-ledger]`);
    await cell.click();
    const dialog = page.locator('[data-test=slot-dialog]');
    expect(await dialog.locator('h2').textContent()).toBe('法规处党支部 · 承诺践诺台账');
    expect(await dialog.locator('.slot-head .hint').first().textContent()).toBe('2026年上半年 · 单位编码 B02 · 截止 2099-07-15');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await dialog.locator('[data-test=version]').nth(1).waitFor();
    // Newest first, each with its status and counts.
    expect(await dialog.locator('[data-test=version]').evaluateAll((vs) => vs.map((v) => [v.getAttribute('data-version'), v.getAttribute('data-status')]))).toEqual([['2', 'accepted'], ['1', 'rejected']]);
    expect(await dialog.locator('[data-test=version][data-version="1"] [data-test=version-counts]').textContent()).toMatch(/读取 3 行，未计入 · 错误 3 · 提醒 0$/);
    expect(await dialog.locator('[data-test=return-history]').textContent()).toBe('没有退回记录。');
    // Only the counted version can be returned.
    expect(await dialog.locator('[data-test=version][data-version="1"] [data-test=return]').count()).toBe(0);

    // The refused version's issues, as the unit saw them.
    await dialog.locator('[data-test=version][data-version="1"] [data-test=show-issues]').click();
    const issues = dialog.locator('[data-test=version][data-version="1"] [data-test=issue]');
    await issues.first().waitFor();
    expect(await issues.evaluateAll((is) => is.map((i) => i.textContent))).toEqual([
      'H6无法识别“下个月”，请填写日期，如 2026-07-15。', 'E7“其他承诺”不是可选值，请从下拉列表中选择：服务承诺、实事承诺。', 'F7必填项为空，请填写。',
    ]);
    await shot(page, '30-units-1366-slot');

    // The original of the counted version, byte for byte as uploaded.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), dialog.locator('[data-test=version][data-version="2"] [data-test=download-original]').click()]);
    expect(new Uint8Array(readFileSync((await download.path())!))).toEqual(b02v2);
    await dialog.locator('[data-test=download-result]').waitFor();

    // 退回: the form names unit, ledger and version, and the comment box has focus.
    await dialog.locator('[data-test=version][data-version="2"] [data-test=return]').click();
    expect(await dialog.locator('[data-test=return-form] b').textContent()).toBe('退回法规处党支部的承诺践诺台账第 2 版');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('return-comment');
    // Nothing typed: refused here, nothing sent.
    await dialog.locator('[data-test=confirm-return]').click();
    expect(await dialog.locator('[data-test=slot-status]').textContent()).toBe('请填写退回意见，单位会在“我的报送”中看到。');
    await page.keyboard.type('第 3 行承诺事项请写明可量化的目标。');
    await shot(page, '30-units-1366-return');
    await dialog.locator('[data-test=confirm-return]').click();
    await dialog.locator('[data-test=return-result]').waitFor();
    expect(await dialog.locator('[data-test=return-result]').textContent()).toBe('已退回法规处党支部的承诺践诺台账第 2 版，该单位需要重新报送。');
    const entry = dialog.locator('[data-test=return-entry]');
    await entry.first().waitFor();
    expect(await entry.count()).toBe(1);
    expect(await entry.getAttribute('data-version')).toBe('2');
    expect(await entry.locator('.comment').textContent()).toBe('第 3 行承诺事项请写明可量化的目标。');
    expect(await dialog.locator('[data-test=version][data-version="2"]').getAttribute('data-status')).toBe('returned');
    expect(await dialog.locator('[data-test=return]').count()).toBe(0);
    // The board behind has moved: one more 已退回.
    expect(await cell.getAttribute('data-state')).toBe('returned');
    expect(await tile(page, 'returned')).toBe('2');
    await shot(page, '30-units-1366-returned');

    // Esc closes the slot and puts focus back on its cell.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => { const a = document.activeElement; return `${a?.getAttribute('data-unit')}/${a?.getAttribute('data-template')}`; })).toBe('B02/pledge-ledger');
    await page.close();
  });

  it('at 320 px the matrix scrolls sideways under a sticky unit column and header', async () => {
    const page = await adminBoard(320);
    await shot(page, '30-units-320');
    const box = page.locator('[data-test=board-matrix]');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.evaluate((el) => { el.scrollLeft = 200; el.scrollTop = 300; });
    const pinned = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const head = el.querySelector('thead th[data-template]')!.getBoundingClientRect();
      const unit = el.querySelector('tbody tr:not([hidden]) .mx-unit')!.getBoundingClientRect();
      // What is drawn on top just below the header's top edge and right of the unit column: the header, not a cell.
      const top = document.elementFromPoint(unit.right + 10, head.top + 4);
      return { unitLeft: Math.round(unit.left - r.left), headTop: Math.round(head.top - r.top), onTop: top?.closest('thead') !== null };
    });
    expect(pinned).toEqual({ unitLeft: 1, headTop: 1, onTop: true });
    await shot(page, '30-units-320-scrolled');
    await page.locator(`[data-test=status-cell][data-unit=B05][data-template=pledge-ledger]`).click();
    await page.locator('[data-test=return-entry]').waitFor();
    expect(await page.locator('[data-test=return-entry] .comment').textContent()).toBe('请补充承诺事项的完成时限。');
    await shot(page, '30-units-320-slot');
    await page.locator('[data-test=close-slot]').click();
    await page.close();
  });

  it('draws 300 units × 9 ledgers (the board JSON served locally) with the same counts', async () => {
    const board = statusBoardJson(300);
    const counts = boardCounts(board.cells);
    for (const width of [1366, 320]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.route('**/api/admin/status?**', (route) => route.fulfill({ json: board }));
      await page.goto(`${server.origin}/taskpane.html`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await connect(page, server.adminToken);
      await page.locator('[data-test=status-cell]').first().waitFor();
      expect(await page.locator('[data-test=status-row]').count()).toBe(board.units.length);
      expect(await page.locator('[data-test=status-cell]').count()).toBe(board.units.length * 9);
      expect([await tile(page, 'on-time'), await tile(page, 'late'), await tile(page, 'missing'), await tile(page, 'returned'), await tile(page, 'rejected')])
        .toEqual([counts.onTime, counts.late, counts.missing, counts.returned, counts.rejected].map(String));
      await shot(page, `300-units-${width}`);
      await page.locator('[data-test=count-missing]').click();
      expect(await markedCells(page)).toHaveLength(counts.missing);
      await shot(page, `300-units-${width}-missing`);
      await page.close();
    }
  });
});
