/// <reference types="office-js" />

export type HostKind = 'excel' | 'none';

/** A plain browser gives up quickly; a pane that looks hosted waits for a slow Excel. */
export const BROWSER_WAIT_MS = 4000;
export const HOST_WAIT_MS = 30_000;

interface PageLocation {
  top: unknown;
  self: unknown;
  location: { search: string; hash: string };
}

/**
 * Office hosts load the pane in an iframe (Excel on the web) or pass
 * `_host_Info` in the URL (desktop WebViews). Only when neither holds is this
 * clearly a plain browser; otherwise a slow host must not be mistaken for one,
 * which would drop the user onto the upload page inside Excel.
 */
export function looksHosted(page: PageLocation): boolean {
  let framed: boolean;
  try {
    framed = page.top !== page.self;
  } catch {
    framed = true;
  }
  return framed || /[?&#]_host_Info=/i.test(`${page.location.search}${page.location.hash}`);
}

/**
 * Waits for office.js (loaded async by taskpane.html, so a page without an
 * Office host is never blocked by it) and then for Office.onReady. In a plain
 * browser the script either fails (no internet, onerror) or loads and reports
 * no host; both mean the upload page. A timeout covers a script that hangs.
 */
export function waitForOffice(script: HTMLScriptElement | null, timeoutMs = BROWSER_WAIT_MS): Promise<HostKind> {
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
