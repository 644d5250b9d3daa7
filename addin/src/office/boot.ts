/// <reference types="office-js" />

export type HostKind = 'excel' | 'none';

/**
 * Waits for office.js (loaded async by taskpane.html, so a page without an
 * Office host is never blocked by it) and then for Office.onReady. In a plain
 * browser the script either fails (no internet, onerror) or loads and reports
 * no host; both mean the upload page. A timeout covers a script that hangs.
 */
export function waitForOffice(script: HTMLScriptElement | null, timeoutMs = 4000): Promise<HostKind> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (kind: HostKind) => {
      if (!done) {
        done = true;
        resolve(kind);
      }
    };
    const ready = () => {
      if (typeof Office === 'undefined') return finish('none');
      Office.onReady((info) => finish(info.host === Office.HostType.Excel ? 'excel' : 'none')).catch(() => finish('none'));
    };
    setTimeout(() => finish('none'), timeoutMs);
    if (typeof Office !== 'undefined') return ready();
    if (!script || script.dataset.failed === 'true') return finish('none');
    script.addEventListener('load', ready, { once: true });
    script.addEventListener('error', () => finish('none'), { once: true });
  });
}
