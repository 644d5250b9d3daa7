import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { LOCAL_ORIGIN, productionOrigin, toProductionManifest } from '../../scripts/manifest-prod.ts';
import { iconPng } from '../../scripts/manifest-icons.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifestPath = `${root}manifest.xml`;
const xml = readFileSync(manifestPath, 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('manifest.xml (offline checks)', () => {
  it('is parsed by office-addin-manifest (the library and the CLI `info`)', async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info).toMatchObject({
      id: '5f0c8e2a-7b3d-4c91-a6e4-2d9b1f7c3a58',
      displayName: '台账通',
      providerName: '台账通',
      officeAppType: 'TaskPaneApp',
      defaultLocale: 'zh-CN',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      appDomains: [LOCAL_ORIGIN],
    });
    expect(info.defaultSettings?.sourceLocation).toBe(`${LOCAL_ORIGIN}/taskpane.html`);
    const cli = spawnSync(`${root}node_modules/.bin/office-addin-manifest`, ['info', manifestPath], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('Type: TaskPaneApp');
    expect(cli.stdout).toContain(`Source Location: ${LOCAL_ORIGIN}/taskpane.html`);
  });

  it('has the ribbon button on the Home tab that opens the task pane, and requires ExcelApi 1.7', () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Taizhangtong.Group">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>Taizhangtong.Pane<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toContain('<bt:String id="OpenPane.Label" DefaultValue="打开台账通"/>');
    expect(xml).toContain('<bt:String id="Group.Label" DefaultValue="台账通"/>');
    // Every resid used is defined once.
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
  });

  it('serves every URL from the one local origin, and every icon exists with its declared size', () => {
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(urls.length).toBe(10);
    for (const url of urls) expect(url.startsWith(`${LOCAL_ORIGIN}/`) || url === LOCAL_ORIGIN).toBe(true);
    const icons = [...xml.matchAll(/(?:size="(\d+)" resid="Icon\.\d+x\d+"|id="Icon\.(\d+)x\d+" DefaultValue="([^"]+)")/g)];
    const declared = icons.filter((m) => m[3]).map((m) => ({ size: Number(m[2]), url: m[3]! }));
    expect(declared.map((d) => d.size)).toEqual([16, 32, 80]);
    for (const { size, url } of [...declared, { size: 32, url: `${LOCAL_ORIGIN}/assets/icon-32.png` }, { size: 64, url: `${LOCAL_ORIGIN}/assets/icon-64.png` }]) {
      const file = `${root}addin${new URL(url).pathname}`;
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
    // The committed icons are what the generator draws.
    expect(new Uint8Array(readFileSync(`${root}addin/assets/icon-128.png`))).toEqual(iconPng(128));
  });
});

describe('manifest:prod', () => {
  it('moves every local URL to the given https origin and nothing else', () => {
    const prod = toProductionManifest(xml, 'https://dj.example.gov.cn/');
    expect(prod).not.toContain('localhost');
    expect(prod.split('https://dj.example.gov.cn').length - 1).toBe(xml.split(LOCAL_ORIGIN).length - 1);
    expect(prod.replaceAll('https://dj.example.gov.cn', LOCAL_ORIGIN)).toBe(xml);
  });

  it('refuses http, paths and non-URLs', () => {
    expect(() => productionOrigin('http://dj.example.gov.cn')).toThrow('必须用 https');
    expect(() => productionOrigin('https://dj.example.gov.cn/addin')).toThrow('只需给出站点地址');
    expect(() => productionOrigin('dj.example.gov.cn')).toThrow('不是网址');
    expect(productionOrigin('https://dj.example.gov.cn:8443/')).toBe('https://dj.example.gov.cn:8443');
  });

  it('runs as a script and writes the file', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'tzt-manifest-'));
    try {
      const out = join(outDir, 'manifest.xml');
      const run = spawnSync(process.execPath, ['--import', 'tsx', `${root}scripts/manifest-prod.ts`, 'https://a.example.org', out], { encoding: 'utf8', cwd: root });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('<SourceLocation DefaultValue="https://a.example.org/taskpane.html"/>');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
