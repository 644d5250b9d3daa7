import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startBanner } from '../../scripts/start-banner.ts';
import { issueTokenSql } from '../../scripts/token-sql.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const token = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run token', () => {
  it('prints its usage in Chinese for --help, without touching any database', () => {
    const run = token('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('用法：npm run token -- --org');
    expect(run.stdout).toContain('--persist-to');
    expect(run.stderr).toBe('');
  });

  it('answers a wrong option with the usage and exit 2, not a stack trace', () => {
    const run = token('--org', 'x', '--admn');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('参数有误');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(token('--org', 'x', '--admin', '--persist-to', '/tmp/x').stderr).toContain('请同时加 --local');
  });

  it('issues a unit token only for a unit that exists, and never twice for one hash', () => {
    const [org, insert] = issueTokenSql({ id: 'i', org: 'o', orgName: "O'Brien", kind: 'unit', unitCode: 'A', hash: 'h', label: 'A', createdAt: 't' });
    expect(org).toContain("'O''Brien'");
    expect(insert).toContain("EXISTS (SELECT 1 FROM units WHERE org = 'o' AND code = 'A')");
    expect(insert).toContain("NOT EXISTS (SELECT 1 FROM tokens WHERE hash = 'h')");
  });
});

describe('npm start banner', () => {
  it('offers no command that would store a submission over a demo unit\'s ledger', () => {
    const text = startBanner({
      baseUrl: 'http://localhost:8787', taskpane: true, tokens: { org: 'demo-fgw', admin: 'tzt_a', units: {}, seeded: true },
      periods: { current: '2026H2', previous: '2026H1' }, tokensFile: 't.json', persistTo: '.wrangler/state',
    });
    expect(text).not.toContain('/api/submissions');
    expect(text).toContain('/api/validate');
  });
});
