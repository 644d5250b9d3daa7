import './ui/pane.css';
import { startApp } from './app.ts';
import type { Boot } from './app-context.ts';
import { waitForOffice } from './office/boot.ts';
import { localSettings } from './pane/settings.ts';
import { useFluent } from './ui/fluent.ts';
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
async function boot(): Promise<Boot> {
  const local = localSettings(localStorage);
  if (new URLSearchParams(location.search).get('adapter') === 'memory') {
    const { MemoryWorkbook } = await import('./workbook/memory-workbook.ts');
    const workbook = new MemoryWorkbook(window.__tztGrid);
    window.__tztWorkbook = workbook;
    return { mode: 'memory', workbook, store: local };
  }
  const host = await waitForOffice(document.getElementById('office-js') as HTMLScriptElement | null);
  if (host === 'excel') {
    const [{ ExcelWorkbook }, { documentSettings }] = await Promise.all([import('./office/excel-workbook.ts'), import('./office/document-settings.ts')]);
    return { mode: 'office', workbook: new ExcelWorkbook(), store: documentSettings(local) };
  }
  return { mode: 'browser', workbook: null, store: local };
}

useFluent();
void boot().then((b) => startApp(document.getElementById('app')!, b));
