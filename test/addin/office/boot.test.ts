import { describe, expect, it } from 'vitest';
import { BROWSER_WAIT_MS, HOST_WAIT_MS, looksHosted, waitForOffice } from '../../../addin/src/office/boot.ts';

const page = (search: string, framed = false, hash = '') => {
  const self = {};
  return { self, top: framed ? {} : self, location: { search, hash } };
};

describe('looksHosted', () => {
  it('is false only for a top-level page without _host_Info', () => {
    expect(looksHosted(page(''))).toBe(false);
    expect(looksHosted(page('?adapter=memory'))).toBe(false);
  });

  it('is true inside a frame (Excel on the web) or with _host_Info (desktop)', () => {
    expect(looksHosted(page('', true))).toBe(true);
    expect(looksHosted(page('?_host_Info=Excel$Win32$16.01$zh-CN$$$$0'))).toBe(true);
    expect(looksHosted(page('?et=&_host_Info=Excel$Mac$16.01$zh-CN'))).toBe(true);
    expect(looksHosted(page('', false, '#_host_Info=Excel$Win32'))).toBe(true);
  });

  it('treats an unreadable window.top as framed', () => {
    const p = { self: {}, get top(): unknown { throw new DOMException('blocked', 'SecurityError'); }, location: { search: '', hash: '' } };
    expect(looksHosted(p)).toBe(true);
  });

  it('waits much longer when hosted', () => {
    expect(BROWSER_WAIT_MS).toBe(4000);
    expect(HOST_WAIT_MS).toBe(30_000);
  });
});

describe('waitForOffice', () => {
  it('reports no host at once without office.js, and after the timeout when the script hangs', async () => {
    expect(await waitForOffice(null, 50)).toBe('none');
    const hanging = { dataset: {}, addEventListener: () => {} } as unknown as HTMLScriptElement;
    const started = Date.now();
    expect(await waitForOffice(hanging, 80)).toBe('none');
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
  });
});
