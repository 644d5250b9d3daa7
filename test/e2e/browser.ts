import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const SCREENSHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

/** Debian's Chromium (never a downloaded build), headless, with a fresh profile each run. */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'tzt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 420, height: 860 },
    deviceScaleFactor: 1,
  }).catch((e: unknown) => {
    // The caller gets no handle to close, so the profile goes here.
    rmSync(profile, { recursive: true, force: true });
    throw e;
  });
  // No Office host and no internet: office.js must fail fast and the page fall back to browser mode.
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Connect the pane with a token (the first screen of a fresh profile) as a
 * person does: the field found by its visible label, the token typed key by
 * key, then 保存并连接 clicked.
 */
export async function connect(page: Page, token: string): Promise<void> {
  await page.getByLabel('访问令牌').click();
  await page.keyboard.type(token);
  await page.locator('[data-test=connect]').click();
  await page.locator('[data-test=tabs]').waitFor();
}

/** Clicks into a box, selects what it holds and types over it, as a person does. */
export async function typeOver(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Moves a focused native select down with the arrow key until the wanted option is chosen. */
export async function chooseByKeyboard(page: Page, select: Locator, text: string): Promise<void> {
  await select.focus();
  for (let i = 0; i < 50; i++) {
    const current = await select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    if (current.includes(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option “${text}” not reached`);
}
