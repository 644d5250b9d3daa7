import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');

/**
 * wrangler's local mode still reaches out to the internet: usage metrics, and
 * the Request.cf object from workers.cloudflare.com (a 3 s timeout per start,
 * and a warning with a stack trace when offline). Both are off here; the worker
 * does not read request.cf.
 */
export const offlineEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
});

/**
 * For a `wrangler dev` whose caller has already built the task pane (or chose not to):
 * wrangler.toml's [build] command (addin/wrangler-build.mjs) then leaves addin/dist alone.
 */
export const PANE_PREBUILT_ENV = { TZT_PANE_PREBUILT: '1' } as const;

/** Runs a short wrangler command and returns its stdout; its stderr is shown only when it fails. */
export function runWrangler(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wranglerBin, ...args], { cwd, env: offlineEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} 失败（退出码 ${code}）：\n${err || out}`))));
  });
}

export const d1Args = (persistTo: string): string[] => ['--local', '--persist-to', persistTo];

export async function d1Execute(cwd: string, persistTo: string, sql: string): Promise<void> {
  await runWrangler(cwd, ['d1', 'execute', 'DB', ...d1Args(persistTo), '--json', '--command', sql]);
}

export interface DevServer {
  child: ChildProcess;
  /** Set when wrangler reported that bundling the worker failed: it then keeps watching files instead of exiting. */
  buildFailed: boolean;
}

/**
 * `wrangler dev` in the foreground: its log is forwarded to our stdout/stderr
 * as it comes; no key bindings, since Ctrl-C is ours to handle.
 */
export function startDev(cwd: string, port: number, persistTo: string): DevServer {
  const child = spawn(process.execPath, [wranglerBin, 'dev', '--port', String(port), '--persist-to', persistTo, '--show-interactive-dev-session=false'], {
    cwd,
    env: { ...offlineEnv(), ...PANE_PREBUILT_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const dev: DevServer = { child, buildFailed: false };
  const forward = (to: NodeJS.WriteStream) => (d: Buffer): void => {
    if (d.includes('Build failed')) dev.buildFailed = true;
    to.write(d);
  };
  child.stdout!.on('data', forward(process.stdout));
  child.stderr!.on('data', forward(process.stderr));
  return dev;
}

/** Polls /api/health until it answers 200; rejects when wrangler exits or fails to bundle first, or `timeoutMs` passes. */
export async function waitForHealth(baseUrl: string, dev: DevServer, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  let exited: number | null = null;
  dev.child.once('exit', (code) => (exited = code ?? 1));
  while (Date.now() - started < timeoutMs) {
    if (exited !== null) throw new Error(`wrangler dev 已退出（退出码 ${exited}），服务没有启动。端口被占用时请用 --port 换一个端口。`);
    if (dev.buildFailed) throw new Error('wrangler 打包 Worker 失败（错误见上方输出），服务没有启动。');
    try {
      const res = await fetch(new URL('/api/health', baseUrl), { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`等待 ${timeoutMs / 1000} 秒后服务仍未就绪（${baseUrl}/api/health）`);
}
