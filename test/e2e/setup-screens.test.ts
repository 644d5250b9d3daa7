import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseByKeyboard, connect, openBrowser, shot, typeOver } from './browser.ts';
import { startWorker, type WorkerServer } from './worker-server.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['单位编码', '单位名称', '上级单位编码', '党员总数', '内设团队数', '党支部数', '联系人', '联系电话'];
const TOKEN = /^tzt_[A-Za-z0-9_-]{43}$/;

let server: WorkerServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await startWorker();
  browser = await openBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function unitList(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('单位名单');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Each new screen at the pane's narrowest width and the browser page's. */
async function shots(page: Page, name: string): Promise<void> {
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `setup-${name}-${width}`);
  }
  await page.setViewportSize({ width: 420, height: 860 });
}



const apiAs = async (token: string, path: string) => {
  const res = await fetch(`${server.origin}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const texts = (l: Locator) => l.evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));

describe('机构设置: the office sets up units, periods, tokens and thresholds in the page', () => {
  it('walks every screen by keyboard and mouse, seeing each refusal in Chinese at its field', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await connect(page, server.adminToken);
    await page.locator('[data-test=tab-setup]').click();
    await page.locator('[data-test=unit-tree-card] h2', { hasText: '单位（共 0 个）' }).waitFor();

    // 单位: a list with mistakes is refused whole, each problem at its cell.
    const file = page.locator('[data-test=units-file]');
    await file.setInputFiles({ name: '单位名单.xlsx', mimeType: XLSX, buffer: await unitList([
      ['ROOT', '市直机关工委', '', 0, 0, 0, '', ''],
      ['FGW', '', 'ROOT', 30, 3, 2, '张三', '13800000001'],
      ['TJJ', '市统计局机关党委', 'NOPE', 12, 1, 1, '李四', '电话'],
    ]) });
    await page.locator('[data-test=import-units]').click();
    await page.locator('[data-test=import-problems]').waitFor();
    const problems = await page.locator('[data-test=import-problems] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(problems).toEqual([
      ['单位名单', 'B3', '单位名称不能为空'],
      ['单位名单', 'H4', '联系电话只能由数字、空格、“-”和“+”组成，现为“电话”'],
      ['单位名单', 'C4', '上级单位编码“NOPE”既不在名单中，也不是已有单位'],
    ]);
    // The headline counts; each problem is said once, in the table.
    expect(await page.locator('[data-test=import-result]').textContent()).toBe('单位名单有 3 处问题，未导入任何单位。');
    await shots(page, 'units-import-refused');

    // The corrected list goes in; the tree shows the parent with its two units one level in.
    await file.setInputFiles({ name: '单位名单-已改.xlsx', mimeType: XLSX, buffer: await unitList([
      ['ROOT', '市直机关工委', '', 0, 0, 0, '', ''],
      ['FGW', '市发展改革委机关党委', 'ROOT', 30, 3, 2, '张三', '13800000001'],
      ['TJJ', '市统计局机关党委', 'ROOT', 12, 1, 1, '李四', '0571-87000000'],
    ]) });
    await page.locator('[data-test=import-units]').click();
    await page.locator('[data-test=import-result]', { hasText: '已导入 3 个单位：新增 3 个，更新 0 个。' }).waitFor();
    await page.locator('[data-test=unit-tree-card] h2', { hasText: '单位（共 3 个）' }).waitFor();
    expect(await page.locator('[data-test=import-result]').textContent()).toBe('已导入 3 个单位：新增 3 个，更新 0 个。');
    // The import gave 市直机关工委 its first sub-units: its token now reviews them, and the result says so.
    expect(await page.locator('[data-test=import-reviewers]').textContent())
      .toBe('导入后，“市直机关工委”有了下级单位：它的令牌可以查看并审核下级单位的报送（逐级审核）。');

    // A new unit, typed: first with a code already taken (refused at the code box), then its own.
    await page.locator('[data-test=unit-code]').click();
    await page.keyboard.type('FGW');
    await page.locator('[data-test=unit-name]').click();
    await page.keyboard.type('市财政局机关党委');
    await chooseByKeyboard(page, page.locator('[data-test=unit-parentCode]'), '市直机关工委');
    await page.locator('[data-test=unit-members]').click();
    await page.keyboard.type('25');
    await page.locator('[data-test=unit-contactPhone]').click();
    await page.keyboard.type('0571-8700abc');
    await page.locator('[data-test=add-unit]').click();
    const newForm = page.locator('[data-test=unit-new-form]');
    await newForm.locator('[data-test=field-error]:visible').first().waitFor();
    expect(await texts(newForm.locator('[data-test=field-error]:visible'))).toEqual(['联系电话只能由数字、空格、“-”和“+”组成']);
    await typeOver(page, page.locator('[data-test=unit-contactPhone]'), '0571-87001234');
    await page.locator('[data-test=add-unit]').click();
    await newForm.locator('[data-test=field-error]:visible').first().waitFor();
    expect(await texts(newForm.locator('[data-test=field-error]:visible'))).toEqual(['单位编码“FGW”已被使用；要修改这个单位，请在上面的单位树中点它的“修改”。']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('unit-code');
    await shots(page, 'units-add-refused');
    await typeOver(page, page.locator('[data-test=unit-code]'), 'CZJ');
    await page.locator('[data-test=add-unit]').click();
    await page.locator('[data-test=unit-result]', { hasText: '已新增单位 CZJ' }).waitFor();
    await page.locator('[data-test=unit-tree-card] h2', { hasText: '单位（共 4 个）' }).waitFor();
    const tree = await page.locator('[data-test=unit-row]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-unit')}@${li.getAttribute('data-depth')}`));
    expect(tree).toEqual(['ROOT@0', 'CZJ@1', 'FGW@1', 'TJJ@1']);
    const czj = page.locator('[data-test=unit-row][data-unit=CZJ]');
    expect(await czj.textContent()).toContain('CZJ · 党员 25 · 内设团队 0 · 党支部 0联系电话：0571-87001234');

    // Editing opens beside the unit with the focus in it.
    await czj.locator('[data-test=edit-unit]').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('unit-name');
    await page.locator('[data-test=unit-edit-form] [data-test=unit-contactName]').click();
    await page.keyboard.type('王五');
    await shots(page, 'units-edit');
    await page.locator('[data-test=save-unit]').click();
    await page.locator('[data-test=unit-result]', { hasText: '已保存单位 CZJ 的修改。' }).waitFor();
    expect(await page.locator('[data-test=unit-row][data-unit=CZJ]').textContent()).toContain('联系人：王五，0571-87001234');
    await shots(page, 'units');

    // A unit under a leaf makes that leaf a reviewer: the form says so first and saves on a second click.
    await page.locator('[data-test=unit-new-form] [data-test=unit-code]').click();
    await page.keyboard.type('TJJ01');
    await page.locator('[data-test=unit-new-form] [data-test=unit-name]').click();
    await page.keyboard.type('市统计局综合处党支部');
    await chooseByKeyboard(page, page.locator('[data-test=unit-new-form] [data-test=unit-parentCode]'), '市统计局机关党委');
    const addUnit = page.locator('[data-test=add-unit]');
    expect(await addUnit.textContent()).toBe('新增单位');
    await addUnit.click();
    await page.locator('[data-test=reviewer-notice]').waitFor();
    expect(await page.locator('[data-test=reviewer-notice]').textContent())
      .toBe('保存后，“市统计局机关党委”将有下级单位：它的令牌可以查看并审核下级单位的报送（逐级审核）。确认无误请点“确认保存”。');
    expect(await addUnit.textContent()).toBe('确认保存');
    expect(((await server.admin('GET', '/api/admin/units')) as { units: unknown[] }).units).toHaveLength(4);
    await shots(page, 'units-reviewer-notice');
    await addUnit.click();
    await page.locator('[data-test=unit-result]', { hasText: '已新增单位 TJJ01' }).waitFor();
    await page.locator('[data-test=unit-tree-card] h2', { hasText: '单位（共 5 个）' }).waitFor();
    expect(await page.locator('[data-test=unit-row]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-unit')}@${li.getAttribute('data-depth')}`)))
      .toEqual(['ROOT@0', 'CZJ@1', 'FGW@1', 'TJJ@1', 'TJJ01@2']);
    expect(await page.locator('[data-test=reviewer-notice]').count()).toBe(0);
    expect(await page.locator('[data-test=add-unit]').textContent()).toBe('新增单位');

    // 期次: the current half year, its DOMAIN due date pre-filled and accepted.
    const now = new Date(Date.now() + 8 * 3600_000);
    const year = now.getUTCFullYear();
    const [code, label, due] = now.getUTCMonth() < 6 ? [`${year}H1`, `${year}年上半年`, `${year}-07-15`] : [`${year}H2`, `${year}年下半年`, `${year + 1}-01-15`];
    await page.locator('[data-test=tab-setup-periods]').click();
    await page.locator('[data-test=assign-ledger]').first().waitFor();
    expect(await page.locator('[data-test=setup-period]').inputValue()).toBe(code);
    expect(await page.locator('[data-test=assign-due]').inputValue()).toBe(due);
    await page.locator('[data-test=period-add] label.check', { hasText: '承诺践诺台账' }).click();
    await page.locator('[data-test=assign-period]').click();
    await page.locator('[data-test=period-result]', { hasText: `已为${label}设置 1 种台账：承诺践诺台账；截止日期 ${due}。` }).waitFor();
    expect(await texts(page.locator('[data-test=period-slot] b'))).toEqual(['承诺践诺台账']);
    expect(await page.locator('[data-test=period-group]').first().textContent()).toBe(`${label}（1 种）承诺践诺台账（截止 ${due}）`);
    const periods = (await server.admin('GET', '/api/admin/periods')) as { periods: { templateId: string; code: string; due: string }[] };
    expect(periods.periods.map((p) => `${p.templateId}/${p.code}/${p.due}`)).toEqual([`pledge-ledger/${code}/${due}`]);

    // A date that does not exist is refused at its box.
    await page.locator('[data-test=edit-period]').click();
    await typeOver(page, page.locator('[data-test=edit-due]'), `${year}-02-30`);
    await page.locator('[data-test=save-period]').click();
    const editForm = page.locator('[data-test=period-edit-form]');
    await editForm.locator('[data-test=field-error]:visible').waitFor();
    expect(await texts(editForm.locator('[data-test=field-error]:visible'))).toEqual([`截止日期“${year}-02-30”不是实际存在的日期，请填写如 2026-07-15 的日期`]);
    await shots(page, 'periods');
    await page.locator('[data-test=period-edit-form] button', { hasText: '取消' }).click();

    // 令牌: one for a unit, shown once, copied to the clipboard; then revoked after a confirmation.
    await page.locator('[data-test=tab-setup-tokens]').click();
    await page.locator('[data-test=bulk-count]').waitFor();
    await chooseByKeyboard(page, page.locator('[data-test=token-target]'), '市发展改革委机关党委');
    await page.locator('[data-test=token-label]').click();
    await page.keyboard.type('办公室 张三');
    await page.locator('[data-test=issue-token]').click();
    const plain = await page.locator('[data-test=new-token]').inputValue();
    expect(plain).toMatch(TOKEN);
    expect(await page.locator('[data-test=token-once]').textContent()).toContain('令牌只在这里显示这一次，关闭或离开本页后无法再次查看');
    await page.locator('[data-test=copy-token]').click();
    await page.locator('[data-test=copy-token-result]', { hasText: '令牌已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain);
    expect((await apiAs(plain, '/api/me')).body).toMatchObject({ kind: 'unit', unit: { code: 'FGW', name: '市发展改革委机关党委' } });
    await shots(page, 'tokens-issued');

    const row = page.locator('[data-test=token-row][data-active=true]', { hasText: '办公室 张三' });
    await row.locator('[data-test=revoke-token]').click();
    expect(await row.locator('[data-test=revoke-confirm]').textContent()).toContain('确认收回“市发展改革委机关党委（FGW）”的令牌（办公室 张三');
    await shots(page, 'tokens-revoke');
    await row.locator('[data-test=confirm-revoke]').click();
    await page.locator('[data-test=revoke-result]', { hasText: '已收回“市发展改革委机关党委（FGW）”的令牌（办公室 张三）。' }).waitFor();
    expect((await apiAs(plain, '/api/me')).status).toBe(401);

    // One click for every unit without a working token, handed out as an xlsx.
    await page.locator('[data-test=bulk-count]', { hasText: '5 个单位尚无有效令牌' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.locator('[data-test=bulk-tokens]').click()]);
    expect(download.suggestedFilename()).toMatch(/^单位令牌-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.locator('[data-test=bulk-result]', { hasText: '已为 5 个单位签发令牌并下载' }).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('单位令牌')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[2]).toEqual(['单位编码', '单位名称', '令牌', '签发时间']);
    const handed = rows.slice(3);
    expect(handed.map((r) => [r[0], r[1]])).toEqual([['CZJ', '市财政局机关党委'], ['FGW', '市发展改革委机关党委'], ['ROOT', '市直机关工委'], ['TJJ', '市统计局机关党委'], ['TJJ01', '市统计局综合处党支部']]);
    for (const [unitCode, , token, issuedAt] of handed) {
      expect(String(token)).toMatch(TOKEN);
      expect(String(issuedAt)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect((await apiAs(String(token), '/api/me')).body).toMatchObject({ kind: 'unit', unit: { code: unitCode } });
    }
    // What the notice said holds: 市统计局机关党委's token reviews itself and its new branch.
    const tjj = handed.find((r) => r[0] === 'TJJ')!;
    expect((await apiAs(String(tjj[2]), '/api/me')).body.reviewer).toEqual({ root: { code: 'TJJ', name: '市统计局机关党委' }, units: 2 });
    await page.locator('[data-test=bulk-count]', { hasText: '全部 5 个单位都已有有效令牌。' }).waitFor();
    await shots(page, 'tokens');

    // 阈值与比例: out of range is refused at the box, in Chinese; a value in range is kept.
    await page.locator('[data-test=tab-setup-params]').click();
    const mass = page.locator('[data-test=params-card][data-template=mass-evaluation]');
    await mass.waitFor();
    expect(await mass.locator('[data-test=param][data-key=flagThreshold] .hint').textContent()).toBe('默认 0.3333（33.33%）；可填 0 到 1，0.1 即 10%');
    await typeOver(page, mass.locator('[data-test=param-flagThreshold]'), '1.5');
    await mass.locator('[data-test=save-params]').click();
    await mass.locator('[data-test=field-error]:visible').waitFor();
    expect(await texts(mass.locator('[data-test=field-error]:visible'))).toEqual(['参数“重点关注的不满意比例”（flagThreshold）应在 0 到 1 之间，现为 1.5']);
    await shots(page, 'params-refused');
    await typeOver(page, mass.locator('[data-test=param-flagThreshold]'), '0.4');
    await mass.locator('[data-test=save-params]').click();
    await mass.locator('[data-test=params-result]', { hasText: '已保存“重点关注的不满意比例”' }).waitFor();
    expect(await mass.locator('[data-test=param][data-key=flagThreshold] .badge').textContent()).toBe('已修改（默认 0.3333）');
    const params = (await server.admin('GET', '/api/admin/params')) as { templates: { templateId: string; params: { key: string; value: number }[] }[] };
    expect(params.templates.find((t) => t.templateId === 'mass-evaluation')!.params.find((p) => p.key === 'flagThreshold')!.value).toBe(0.4);
    await shots(page, 'params');

    // The period set here is on 报送情况 at once, without reconnecting.
    await page.locator('[data-test=tab-status]').click();
    await page.locator('main select option', { hasText: label }).first().waitFor({ state: 'attached' });
    await page.close();
  });
});
