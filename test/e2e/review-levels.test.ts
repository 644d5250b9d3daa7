import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../templates/summary/schema.ts';
import { filledPledgeXlsx, type PledgeRow } from '../fixtures/pledge-ledger.ts';
import { connect, openBrowser, SCREENSHOTS } from './browser.ts';
import { GOOD_ROWS } from './ledgers.ts';
import { startWorker, type WorkerServer } from './worker-server.ts';

/**
 * 逐级审核 through the pane, typed and clicked as people do: a 机关党委 over
 * two 党总支 (one with two branches, one with one), the 承诺践诺台账 reviewed.
 * A branch sends its ledger and sees 待审核; its 党总支 sees only its own
 * subtree, returns it with a typed comment; the branch reads exactly that
 * comment, named as the 党总支's, and sends again; the 党总支 approves; only
 * then does the 机关党委's board count it as 按时报送 and its summary count it.
 */
const PERIOD = '2026H1';
const ROOT = { code: 'JG', name: '市直机关党委' };
const Z1 = { code: 'Z1', name: '综合业务党总支' };
const Z2 = { code: 'Z2', name: '经济运行党总支' };
const B11 = { code: 'Z1B1', name: '综合一党支部' };
const B12 = { code: 'Z1B2', name: '综合二党支部' };
const B21 = { code: 'Z2B1', name: '经济运行一党支部' };
const UNITS = [
  { ...ROOT, parentCode: null }, { ...Z1, parentCode: ROOT.code }, { ...Z2, parentCode: ROOT.code },
  { ...B11, parentCode: Z1.code }, { ...B12, parentCode: Z1.code }, { ...B21, parentCode: Z2.code },
];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COMMENT = '第 3 行“走访群众20户”请写明走访的社区后重新报送。';
/** The corrected ledger: row 3 names the community, so it is another file (not a duplicate of version 1). */
const FIXED_ROWS: PledgeRow[] = GOOD_ROWS.map((r, i) => (i === 2 ? [r[0], r[1], r[2], r[3], '走访城东社区群众20户', ...r.slice(5)] as PledgeRow : r));

let server: WorkerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
const tokens = new Map<string, string>();

async function submitByApi(unit: { code: string; name: string }): Promise<void> {
  const form = new FormData();
  form.append('file', new File([(await filledPledgeXlsx(GOOD_ROWS, unit)) as Uint8Array<ArrayBuffer>], '承诺践诺台账.xlsx', { type: XLSX }));
  form.append('templateId', 'pledge-ledger');
  form.append('period', PERIOD);
  const res = await fetch(`${server.origin}/api/submissions`, { method: 'POST', headers: { authorization: `Bearer ${tokens.get(unit.code)}` }, body: form });
  const body = (await res.json()) as { submission: { review: string | null } };
  if (res.status !== 201 || body.submission.review !== 'pending') throw new Error(`${unit.code}: ${res.status} ${JSON.stringify(body)}`);
}

beforeAll(async () => {
  server = await startWorker();
  for (const u of UNITS) await server.admin('POST', '/api/admin/units', { ...u, members: 20, teams: 2, branches: 1 });
  await server.admin('POST', '/api/admin/periods', { templateId: 'pledge-ledger', code: PERIOD, opens: '2026-01-01', due: '2099-07-15' });
  await server.admin('PUT', '/api/admin/review-settings', { templateIds: ['pledge-ledger'] });
  for (const u of [B11, Z1, B21]) tokens.set(u.code, ((await server.admin('POST', '/api/admin/tokens', { kind: 'unit', unitCode: u.code })) as { token: string }).token);
  // The 党总支's own (本级) ledger, waiting for the 机关党委; the other 党总支's branch, waiting for its own 党总支.
  await submitByApi(Z1);
  await submitByApi(B21);
  browser = await openBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Into test-output/screenshots, and /work/shots/review when that folder's parent exists; at the pane's narrowest and a 1366 px page.
 * A modal dialog is taken as the viewport shows it (a full-page shot draws its backdrop over the first screen only).
 */
async function shots(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    const file = join(SCREENSHOTS, `review-${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage });
    if (existsSync('/work/shots')) {
      mkdirSync('/work/shots/review', { recursive: true });
      copyFileSync(file, `/work/shots/review/${name}-${width}.png`);
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** A page with no saved token, connected with `token` (pages of one browser share the saved settings, so each actor connects afresh). */
async function paneAs(token: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await connect(page, token);
  return page;
}

/** The 机关党委's summary JSON: what of the 承诺践诺台账 counts. */
async function pledgeSummary(): Promise<{ counted: number; pledges: number; onTime: number; pendingReview: number }> {
  const s = (await server.admin('GET', `/api/admin/summary?period=${PERIOD}`)) as Summary;
  const counts = s.status.total.counts['pledge-ledger']!;
  return { counted: s.pledges.counted.total, pledges: s.pledges.total.pledges, onTime: counts.onTime, pendingReview: counts.pendingReview };
}

const cell = (page: Page, unit: string) => page.locator(`[data-test=status-cell][data-unit=${unit}][data-template=pledge-ledger]`);
const owed = (page: Page) => page.locator('[data-test=owed-ledger][data-template=pledge-ledger]');
const tile = (page: Page, name: string) => page.locator(`[data-test=count-${name}] b`).textContent();

async function chooseAndSubmit(page: Page, rows: PledgeRow[], name: string): Promise<void> {
  await page.locator('[data-test=file]').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(await filledPledgeXlsx(rows, B11)) });
  await page.locator('[data-test=report-summary][data-intent=success]').waitFor();
  await page.locator('[data-test=submit]').click();
  await page.locator('[data-test=submit-result]').waitFor();
}

describe('逐级审核 in the pane, against wrangler dev', () => {
  it('the office ticks which ledgers are reviewed under 机构设置 → 逐级审核', async () => {
    const page = await paneAs(server.adminToken);
    await page.locator('[data-test=tab-setup]').click();
    await page.locator('[data-test=setup-tabs] [role=tab]', { hasText: '逐级审核' }).click();
    const box = (id: string) => page.locator(`[data-test=review-ledger][value=${id}]`);
    await box('pledge-ledger').waitFor();
    expect(await page.locator('[data-test=review-current]').textContent()).toBe('须逐级审核：承诺践诺台账。');
    expect(await box('pledge-ledger').isChecked()).toBe(true);
    expect(await box('mass-evaluation').isChecked()).toBe(false);

    // Put 群众评议情况统计表 under review, then take it out again: each time the office is told what it does.
    await box('mass-evaluation').click();
    await page.locator('[data-test=save-review]').click();
    await page.locator('[data-test=review-result]').waitFor();
    expect(await page.locator('[data-test=review-result]').textContent()).toBe('已保存：群众评议情况统计表今后报送的版本须经上级审核通过后计入汇总。');
    expect(await page.locator('[data-test=review-current]').textContent()).toBe('须逐级审核：承诺践诺台账、群众评议情况统计表。');
    expect(await server.admin('GET', '/api/admin/review-settings')).toEqual({ templateIds: ['pledge-ledger', 'mass-evaluation'] });
    await shots(page, 'settings');
    await box('mass-evaluation').click();
    await page.locator('[data-test=save-review]').click();
    await page.locator('[data-test=review-result]', { hasText: '不再审核' }).waitFor();
    expect(await page.locator('[data-test=review-result]').textContent()).toBe('已保存：群众评议情况统计表不再审核，待审核的版本已计入汇总。');
    expect(await server.admin('GET', '/api/admin/review-settings')).toEqual({ templateIds: ['pledge-ledger'] });
    await page.close();
  });

  it('a branch sends its ledger: its home shows 待审核, and nothing of it counts yet', async () => {
    const page = await paneAs(tokens.get(B11.code)!);
    await owed(page).waitFor();
    expect(await owed(page).getAttribute('data-state')).toBe('missing');
    await chooseAndSubmit(page, GOOD_ROWS, '承诺践诺台账-综合一.xlsx');
    expect(await page.locator('[data-test=submit-result]').textContent()).toBe('已报送第 1 版，等待上级审核；审核通过后计入汇总。');
    await page.locator('[data-test=owed-ledger][data-template=pledge-ledger][data-state=pending_review]').waitFor();
    expect(await owed(page).locator('.badge').first().textContent()).toBe('待审核');
    expect(await owed(page).locator('[data-test=owed-line]').textContent()).toBe('已报送第 1 版，等待上级审核；审核通过后计入汇总');
    await shots(page, 'unit-pending');
    await page.close();
    // B11 and B21 wait; the 党总支's own ledger waits too but is not expected (本级), so it is in no count.
    expect(await pledgeSummary()).toEqual({ counted: 0, pledges: 0, onTime: 0, pendingReview: 2 });
  });

  it('the 党总支 sees only its subtree, cannot judge its own ledger, and returns the branch\'s with a typed comment', async () => {
    const page = await paneAs(tokens.get(Z1.code)!);
    expect(await page.locator('[data-test=who]').evaluate((el) => el.innerText)).toBe(`${Z1.name}（审核范围：3 个单位）\n单位编码 ${Z1.code}`);
    expect(await page.locator('[data-test=tabs] [role=tab]').allTextContents()).toEqual(['填报校验', '我的报送', '报送情况', '汇总表', '设置']);
    await page.locator('[data-test=tab-status]').click();
    await cell(page, B11.code).waitFor();
    expect(await page.locator('.board [data-test=scope-title]').textContent()).toBe(`${Z1.name}（审核范围：3 个单位）`);
    // Its own unit on top, its two branches; neither the 机关党委 nor the other 党总支's branch.
    expect(await page.locator('[data-test=status-row]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit')))).toEqual([Z1.code, B11.code, B12.code]);
    expect(await cell(page, B11.code).getAttribute('data-state')).toBe('pending_review');
    expect(await cell(page, B11.code).locator('.mx-st').textContent()).toBe('待审核 v1');
    expect([await tile(page, 'pending-review'), await tile(page, 'missing'), await tile(page, 'on-time')]).toEqual(['1', '1', '0']);
    expect(await page.locator('[data-test=progress-count]').textContent()).toBe('已报送 0 / 应报 2，待审核 1');
    await shots(page, 'reviewer-board');

    // Its own (本级) ledger goes to the 机关党委: no 审核通过, no 退回, and it says so.
    const dialog = page.locator('[data-test=slot-dialog]');
    await cell(page, Z1.code).click();
    await dialog.locator('[data-test=version]').first().waitFor();
    expect(await dialog.locator('[data-test=slot-note]').textContent()).toBe('本级台账由上级审核，这里不能审核通过或退回。');
    expect(await dialog.locator('[data-test=approve], [data-test=return]').count()).toBe(0);
    await shots(page, 'own-slot', false);
    await dialog.locator('[data-test=close-slot]').click();
    await dialog.waitFor({ state: 'detached' });

    await cell(page, B11.code).click();
    const v1 = dialog.locator('[data-test=version][data-version="1"]');
    await v1.waitFor();
    expect(await dialog.locator('[data-test=slot-note]').count()).toBe(0);
    expect(await v1.getAttribute('data-review')).toBe('pending');
    expect(await v1.locator('[data-test=approve]').textContent()).toBe('审核通过');
    expect(await v1.locator('[data-test=return]').textContent()).toBe('退回');
    expect(await dialog.locator('[data-test=return-history]').textContent()).toBe('没有审核或退回记录。');
    await shots(page, 'slot-approve', false);

    await v1.locator('[data-test=return]').click();
    expect(await dialog.locator('[data-test=return-form] b').textContent()).toBe(`退回${B11.name}的承诺践诺台账第 1 版`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('return-comment');
    await page.keyboard.type(COMMENT);
    await dialog.locator('[data-test=confirm-return]').click();
    await dialog.locator('[data-test=return-result]').waitFor();
    expect(await dialog.locator('[data-test=return-result]').textContent()).toBe(`已退回${B11.name}的承诺践诺台账第 1 版，该单位需要重新报送。`);
    const entry = dialog.locator('[data-test=return-entry]');
    await entry.waitFor();
    expect(await entry.locator('.comment').textContent()).toBe(COMMENT);
    expect(await entry.locator('[data-test=review-by]').textContent()).toMatch(new RegExp(`^${Z1.name} · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$`));
    expect(await cell(page, B11.code).getAttribute('data-state')).toBe('returned');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // 汇总表: its subtree's summary, and it says so.
    await page.locator('[data-test=tab-summary]').click();
    await page.locator('[data-test=download-summary]').waitFor();
    expect(await page.locator('.card h2 [data-test=scope-title]').textContent()).toBe(`${Z1.name}（审核范围：3 个单位）`);
    await shots(page, 'reviewer-summary');
    await page.close();
  });

  it('the branch reads the 党总支\'s comment exactly, and sends a corrected ledger', async () => {
    const page = await paneAs(tokens.get(B11.code)!);
    await page.locator('[data-test=owed-ledger][data-template=pledge-ledger][data-state=returned]').waitFor();
    expect(await owed(page).locator('[data-test=owed-comment]').textContent()).toBe(`${Z1.name}退回意见：${COMMENT}`);
    expect(await owed(page).locator('[data-test=owed-line]').textContent()).toMatch(/^第 1 版已被综合业务党总支退回，请按下方意见修改后重新报送；截止 2099-07-15，还剩 \d+ 天$/);
    await shots(page, 'unit-returned');
    await page.locator('[data-test=tab-mine]').click();
    await page.locator('[data-test=return-comment]').waitFor();
    expect(await page.locator('[data-test=return-comment]').textContent()).toBe(`${Z1.name}退回意见：${COMMENT}`);
    await shots(page, 'unit-mine-returned');

    await page.locator('[data-test=tab-check]').click();
    await owed(page).waitFor();
    await chooseAndSubmit(page, FIXED_ROWS, '承诺践诺台账-综合一-已改.xlsx');
    expect(await page.locator('[data-test=submit-result]').textContent()).toBe('已报送第 2 版，等待上级审核；审核通过后计入汇总。');
    await page.locator('[data-test=owed-ledger][data-template=pledge-ledger][data-state=pending_review]').waitFor();
    expect(await owed(page).locator('[data-test=owed-line]').textContent()).toBe('已报送第 2 版，等待上级审核；审核通过后计入汇总');
    await page.close();
    expect(await pledgeSummary()).toEqual({ counted: 0, pledges: 0, onTime: 0, pendingReview: 2 });
  });

  it('the 党总支 approves; only now the 机关党委 counts it, and its own late click is refused in Chinese', async () => {
    // The office has the slot open before the 党总支 acts.
    const office = await paneAs(server.adminToken);
    await cell(office, B11.code).click();
    const officeDialog = office.locator('[data-test=slot-dialog]');
    await officeDialog.locator('[data-test=version][data-version="2"] [data-test=approve]').waitFor();

    const page = await paneAs(tokens.get(Z1.code)!);
    await page.locator('[data-test=tab-status]').click();
    await cell(page, B11.code).click();
    const dialog = page.locator('[data-test=slot-dialog]');
    const v2 = dialog.locator('[data-test=version][data-version="2"]');
    await v2.waitFor();
    expect(await v2.getAttribute('data-review')).toBe('pending');
    expect(await dialog.locator('[data-test=version][data-version="1"]').getAttribute('data-status')).toBe('returned');
    await v2.locator('[data-test=approve]').click();
    expect(await dialog.locator('[data-test=approve-form] b').textContent()).toBe(`审核通过${B11.name}的承诺践诺台账第 2 版`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('approve-comment');
    await page.keyboard.type('已核对，同意上报。');
    await shots(page, 'slot-approve-form', false);
    expect(await pledgeSummary()).toEqual({ counted: 0, pledges: 0, onTime: 0, pendingReview: 2 });
    await dialog.locator('[data-test=confirm-approve]').click();
    await dialog.locator('[data-test=approve-result]').waitFor();
    expect(await dialog.locator('[data-test=approve-result]').textContent()).toBe(`已审核通过${B11.name}的承诺践诺台账第 2 版，它现在计入汇总。`);
    await dialog.locator('[data-test=approve-entry]').waitFor();
    // The history: the approval of v2 and the return of v1, the latest first, each naming the 党总支.
    expect(await dialog.locator('[data-test=return-history] > div').evaluateAll((es) => es.map((e) => [e.getAttribute('data-test'), e.getAttribute('data-version'), e.querySelector('.comment')?.textContent])))
      .toEqual([['approve-entry', '2', '已核对，同意上报。'], ['return-entry', '1', COMMENT]]);
    expect(await dialog.locator('[data-test=review-by]').allTextContents()).toEqual([expect.stringMatching(/^综合业务党总支 · /), expect.stringMatching(/^综合业务党总支 · /)]);
    expect(await dialog.locator('h3').allTextContents()).toEqual(['各版本（新的在前）', '审核与退回记录']);
    expect(await v2.getAttribute('data-review')).toBe('approved');
    expect(await v2.locator('[data-test=approve]').count()).toBe(0);
    expect(await cell(page, B11.code).getAttribute('data-state')).toBe('on_time');
    await shots(page, 'slot-approved', false);
    await page.close();

    expect(await pledgeSummary()).toEqual({ counted: 1, pledges: 3, onTime: 1, pendingReview: 1 });

    // The office, still looking at the version as it was, is told the 党总支 acted first; the slot is read again.
    await officeDialog.locator('[data-test=version][data-version="2"] [data-test=approve]').click();
    await officeDialog.locator('[data-test=confirm-approve]').click();
    await officeDialog.locator('[data-test=review-refused]').waitFor();
    expect(await officeDialog.locator('[data-test=review-refused]').textContent())
      .toBe(`${B11.name}的承诺践诺台账第 2 版已不在待审核状态（可能已由其他上级审核通过或退回，或单位已报送新版本），未作改动，下面是它现在的情况。`);
    await officeDialog.locator('[data-test=version][data-version="2"][data-review=approved]').waitFor();
    expect(await officeDialog.locator('[data-test=approve]').count()).toBe(0);
    // The office may still send an approved version back.
    expect(await officeDialog.locator('[data-test=version][data-version="2"] [data-test=return]').count()).toBe(1);
    await office.keyboard.press('Escape');
    await officeDialog.waitFor({ state: 'detached' });
    // Its board counts it now: 按时报送, one fewer 待审核.
    expect(await cell(office, B11.code).getAttribute('data-state')).toBe('on_time');
    expect([await tile(office, 'on-time'), await tile(office, 'pending-review'), await tile(office, 'missing')]).toEqual(['1', '1', '1']);
    expect(await office.locator('[data-test=status-row]').count()).toBe(6);
    expect(await office.locator('[data-test=progress-count]').textContent()).toBe('已报送 1 / 应报 3，待审核 1');
    await office.close();
  });

  it('the slot\'s history comes with its list: no version is read one by one until its 校验报告 is opened', async () => {
    const page = await paneAs(tokens.get(Z1.code)!);
    await page.locator('[data-test=tab-status]').click();
    const read: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/submissions')) read.push(path.replace(/\/api\/submissions\/[^/]+$/, '/api/submissions/{id}'));
    });
    await cell(page, B11.code).click();
    const dialog = page.locator('[data-test=slot-dialog]');
    await dialog.locator('[data-test=approve-entry]').waitFor();
    expect(await dialog.locator('[data-test=return-history] > div').evaluateAll((es) => es.map((e) => [e.getAttribute('data-test'), e.getAttribute('data-version'), e.querySelector('.comment')?.textContent])))
      .toEqual([['approve-entry', '2', '已核对，同意上报。'], ['return-entry', '1', COMMENT]]);
    expect(read).toEqual(['/api/submissions']);
    await shots(page, 'slot-history-from-list', false);
    await dialog.locator('[data-test=version][data-version="1"] [data-test=show-issues]').click();
    await dialog.locator('[data-test=version][data-version="1"] [data-test=version-issues]').locator('[data-test=message], [data-test=issue-list]').first().waitFor();
    expect(read).toEqual(['/api/submissions', '/api/submissions/{id}']);
    await page.close();
  });
});
