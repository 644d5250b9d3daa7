import './ui/controls.css';
import './ui/pane.css';
import { startApp } from './app.ts';
import type { Boot } from './app-context.ts';
import { BROWSER_WAIT_MS, HOST_WAIT_MS, looksHosted, waitForOffice } from './office/boot.ts';
import { localSettings, safeStorage } from './pane/settings.ts';
import { h, messageBar, replace, spinner } from './ui/dom.ts';
import { applyFluentTheme } from './ui/fluent.ts';
import type { Grid } from '../../templates/model/grid.ts';

declare global {
  interface Window {
    /** Test hook: the grid the in-memory workbook starts with (set before the page loads). */
    __tztGrid?: Grid;
    /** Test hook: the in-memory workbook, for assertions. */
    __tztWorkbook?: unknown;
  }
}

/**
 * Renders only once the host is known: after Office.onReady inside Excel,
 * at once in a plain browser. `?adapter=memory` runs the Excel flows against
 * an in-memory workbook (browser tests, demos); its code is a separate chunk.
 */
async function boot(root: HTMLElement): Promise<Boot> {
  const local = localSettings(safeStorage(() => localStorage));
  if (new URLSearchParams(location.search).get('adapter') === 'memory') {
    const { MemoryWorkbook } = await import('./workbook/memory-workbook.ts');
    const workbook = new MemoryWorkbook(window.__tztGrid);
    window.__tztWorkbook = workbook;
    return { mode: 'memory', workbook, store: local };
  }
  const hosted = looksHosted(window);
  if (hosted) replace(root, h('div', { class: 'center' }, spinner('small', null), '正在连接 Excel…'));
  const host = await waitForOffice(document.getElementById('office-js') as HTMLScriptElement | null, hosted ? HOST_WAIT_MS : BROWSER_WAIT_MS);
  if (host === 'excel') {
    const [{ ExcelWorkbook }, { documentSettings }] = await Promise.all([import('./office/excel-workbook.ts'), import('./office/document-settings.ts')]);
    return { mode: 'office', workbook: new ExcelWorkbook(), store: documentSettings(local) };
  }
  return { mode: 'browser', workbook: null, store: local };
}

const STARTUP_FAILED = '台账通启动失败，请关闭任务窗格后重新打开；如果一直失败，请联系机关党委。';

/** Without this the page would stay on "正在加载台账通…" forever after any startup failure. */
function startupFailed(root: HTMLElement, error: unknown): void {
  console.error(error);
  replace(root, h('div', { class: 'stack', 'data-test': 'startup-error' },
    messageBar('error', STARTUP_FAILED, 'startup-error-message')));
}

const root = document.getElementById('app')!;
try {
  applyFluentTheme();
  void boot(root).then((b) => startApp(root, b)).catch((error: unknown) => startupFailed(root, error));
} catch (error) {
  startupFailed(root, error);
}
