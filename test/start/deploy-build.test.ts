import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineEnv, PANE_PREBUILT_ENV, wranglerBin } from '../../scripts/start-wrangler.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

/**
 * A checkout as git has it: addin/dist is not in git, and `wrangler deploy` refuses
 * an [assets] directory that does not exist. wrangler.toml's [build] step builds it.
 */
describe('wrangler.toml [build]', () => {
  let checkout: string;

  beforeAll(() => {
    checkout = mkdtempSync(join(tmpdir(), 'tzt-deploy-'));
    for (const entry of ['package.json', 'tsconfig.json', 'wrangler.toml', 'worker', 'templates', 'addin']) {
      cpSync(join(root, entry), join(checkout, entry), { recursive: true, filter: (src) => !src.startsWith(join(root, 'addin', 'dist')) });
    }
    symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));

  it('is skipped for a caller that built the pane itself', async () => {
    const { stdout } = await run(process.execPath, ['addin/wrangler-build.mjs'], { cwd: checkout, env: { ...process.env, ...PANE_PREBUILT_ENV } });
    expect(stdout).toContain('跳过 npm run build:addin');
    expect(existsSync(join(checkout, 'addin', 'dist'))).toBe(false);
  });

  it('lets `wrangler deploy` build the pane and bundle the worker on a fresh checkout', async () => {
    const out = join(checkout, 'deploy-out');
    const { stdout } = await run(process.execPath, [wranglerBin, 'deploy', '--dry-run', '--outdir', out], { cwd: checkout, env: { ...offlineEnv(), NO_COLOR: '1' } });
    expect(stdout).toContain('--dry-run: exiting now.');
    expect(existsSync(join(checkout, 'addin', 'dist', 'taskpane.html'))).toBe(true);
    expect(existsSync(join(out, 'index.js'))).toBe(true);
  }, 180_000);
});
