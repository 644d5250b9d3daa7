/**
 * `npm start`: the whole product on this machine, offline and without a
 * Cloudflare login. Applies the D1 migrations to the local database, starts
 * `wrangler dev`, seeds a demo organisation through the service's own API
 * (first start only), and prints the URLs and demo tokens.
 *
 *   npm start [-- --port 8787] [--persist-to .wrangler/state] [--reset] [--no-seed] [--skip-build]
 *
 * --skip-build leaves addin/dist as it is (the tests use it: the add-in build is not what they check).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chinaDate } from '../templates/model/china-time.ts';
import { newTokenPlaintext, sha256Hex } from '../worker/auth/token-hash.ts';
import { startBanner } from './start-banner.ts';
import { readTokens, writeTokens, type DemoTokens } from './start-tokens.ts';
import { d1Args, d1Execute, runWrangler, startDev, waitForHealth } from './start-wrangler.ts';
import { apiClient } from './seed/api.ts';
import { backdateSql } from './seed/backdate.ts';
import { ensureStructure, issueUnitTokens, playPlan } from './seed/load.ts';
import { DEMO_ORG } from './seed/org.ts';
import { issueTokenSql } from './token-sql.ts';
import { demoPeriods, demoPeriodWindows } from './seed/periods.ts';
import { demoPlan } from './seed/plan.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    'persist-to': { type: 'string' },
    reset: { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`端口“${values.port}”无效，请给出 1–65535 之间的整数`);
  process.exit(2);
}
// The default matches `wrangler dev` without flags, so `wrangler d1 execute --local` sees the same data.
const persistTo = resolve(root, values['persist-to'] ?? '.wrangler/state');
const tokensFile = values['persist-to'] ? join(persistTo, 'demo-tokens.json') : join(root, '.wrangler', 'demo-tokens.json');
const baseUrl = `http://localhost:${port}`;
const probeUrl = `http://127.0.0.1:${port}`;
const shown = (p: string): string => (p.startsWith(root) ? relative(root, p) : p);
const say = (s: string): void => console.log(`[台账通] ${s}`);

let dev: ChildProcess | null = null;
let stopping = false;

/** Ctrl-C (or the test's SIGTERM): stop wrangler, which stops workerd, then leave. */
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  if (!dev || dev.exitCode !== null || dev.signalCode !== null) process.exit(code);
  const force = setTimeout(() => dev?.kill('SIGKILL'), 5_000);
  dev.once('exit', () => {
    clearTimeout(force);
    process.exit(code);
  });
  dev.kill('SIGTERM');
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal === 'SIGINT' ? 130 : 143));

/** The first admin token, the way `npm run token -- --admin --local` issues it: only its hash goes into D1. */
async function bootstrapAdmin(admin: string): Promise<void> {
  await d1Execute(root, persistTo, issueTokenSql({
    id: crypto.randomUUID(), org: DEMO_ORG.id, orgName: DEMO_ORG.name, kind: 'admin', unitCode: null,
    hash: await sha256Hex(admin), label: '演示管理员', createdAt: new Date().toISOString(),
  }).join(';\n'));
}

/**
 * The add-in's task pane is served from addin/dist by the same worker; wrangler refuses to
 * start without that folder. Built here, once: startDev tells wrangler dev's own [build]
 * step to skip, and a failed build still starts the service.
 */
function buildAddin(): void {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (pkg.scripts?.['build:addin'] && !values['skip-build']) {
    say('构建 Excel 加载项（npm run build:addin）…');
    const run = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:addin'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) say('加载项构建失败，任务窗格不可用；报送服务照常启动。');
  }
  mkdirSync(join(root, 'addin', 'dist'), { recursive: true });
}

async function seed(tokens: DemoTokens, today: string): Promise<DemoTokens> {
  const api = apiClient(probeUrl);
  // A tokens file that outlived its database (state deleted by hand): re-register the same admin token.
  if ((await api.call('GET', '/api/admin/units', tokens.admin)).status === 401) {
    say('本地数据库里没有演示令牌，重新登记…');
    await bootstrapAdmin(tokens.admin);
    tokens = { ...tokens, units: {}, seeded: false };
    writeTokens(tokensFile, tokens);
  }
  if (tokens.seeded && Object.keys(tokens.units).length > 0) return tokens;

  const t0 = Date.now();
  say('生成演示数据：单位、期次、令牌，并以各单位身份经 API 报送台账…');
  await ensureStructure(api, tokens.admin, demoPeriodWindows(today));
  tokens = { ...tokens, units: await issueUnitTokens(api, tokens.admin, tokens.units) };
  writeTokens(tokensFile, tokens);
  const plan = demoPlan(today);
  const counts = await playPlan(api, tokens.admin, tokens.units, plan);
  // Previous-period uploads were stamped now; move them back to when the plan says they arrived.
  await d1Execute(root, persistTo, backdateSql(tokens.org, plan, demoPeriodWindows(today)).join(';\n'));
  tokens = { ...tokens, seeded: true };
  writeTokens(tokensFile, tokens);
  say(`演示数据已生成：报送 ${counts.submitted} 次，退回 ${counts.returned} 次，审核通过 ${counts.approved} 次（用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒）`);
  return tokens;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  if (values.reset) {
    say(`清空本地数据 ${shown(persistTo)} 和 ${shown(tokensFile)}`);
    rmSync(persistTo, { recursive: true, force: true });
    rmSync(tokensFile, { force: true });
  }
  say('应用数据库迁移（本地 D1）…');
  await runWrangler(root, ['d1', 'migrations', 'apply', 'DB', ...d1Args(persistTo)]);

  let tokens = readTokens(tokensFile);
  if (!values['no-seed'] && (!tokens || tokens.org !== DEMO_ORG.id)) {
    tokens = { org: DEMO_ORG.id, admin: newTokenPlaintext(), units: {}, seeded: false };
    // Saved before it is registered, so an interrupted start never leaves a token nobody can print.
    writeTokens(tokensFile, tokens);
    await bootstrapAdmin(tokens.admin);
  }

  buildAddin();
  if (stopping) return;
  say(`启动 wrangler dev（端口 ${port}）…`);
  const server = startDev(root, port, persistTo);
  dev = server.child;
  dev.on('exit', (code) => {
    if (!stopping) {
      say(`wrangler dev 已退出（退出码 ${code ?? '无'}）`);
      process.exit(code || 1);
    }
  });
  await waitForHealth(probeUrl, server);

  const today = chinaDate(new Date());
  if (tokens && !values['no-seed']) tokens = await seed(tokens, today);
  const taskpane = existsSync(join(root, 'addin', 'dist', 'taskpane.html'))
    && (await fetch(`${probeUrl}/taskpane.html`).then((r) => r.ok, () => false));
  if (tokens) console.log(startBanner({ baseUrl, taskpane, tokens, periods: demoPeriods(today), tokensFile: shown(tokensFile), persistTo: shown(persistTo) }));
  else {
    const persist = values['persist-to'] ? ` --persist-to ${shown(persistTo)}` : '';
    say(`服务已就绪：${baseUrl}（--no-seed：未生成演示数据）`);
    say(`第一个管理员令牌：npm run token -- --org <机构编号> --org-name <机构名称> --admin --local${persist}`);
    say(`然后用该令牌经接口导入单位名单、设置期次、为各单位签发令牌（接口文档：${baseUrl}/api/openapi.json）。`);
  }
  say(`启动用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
}

main().catch((e: unknown) => {
  console.error(`[台账通] 启动失败：${e instanceof Error ? e.message : String(e)}`);
  stop(1);
});
