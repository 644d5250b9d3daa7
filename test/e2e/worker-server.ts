import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const wranglerBin = join(root, 'node_modules/.bin/wrangler');
const run = promisify(execFile);

export interface WorkerServer {
  origin: string;
  adminToken: string;
  /** The admin API, as the office would call it. */
  admin(method: string, path: string, body?: unknown): Promise<unknown>;
  /** What wrangler printed (warnings and errors), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

/**
 * The real worker under `wrangler dev` on a free port, with its own local D1
 * and R2 in a temp dir: migrations applied, one organisation and its admin
 * token inserted by SQL (hashed as scripts/token.ts does); everything else
 * goes through the admin API.
 */
export async function startWorker(): Promise<WorkerServer> {
  if (!existsSync(join(root, 'addin/dist/taskpane.html'))) throw new Error('addin/dist is missing: run `npm run build:addin` first (npm test does)');
  const persist = mkdtempSync(join(tmpdir(), 'tzt-e2e-'));
  const opts = { cwd: root, env, maxBuffer: 16 * 1024 * 1024 };
  await run(wranglerBin, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], opts);
  const adminToken = `tzt_e2e_${randomUUID()}`;
  const hash = createHash('sha256').update(adminToken).digest('hex');
  const sql = `INSERT INTO organisations (id, name) VALUES ('e2e', '市直机关工委');
INSERT INTO tokens (id, org, kind, unit_code, hash, label, created_at) VALUES ('${randomUUID()}', 'e2e', 'admin', NULL, '${hash}', '机关党委管理员', '2026-01-01T00:00:00.000Z');`;
  await run(wranglerBin, ['d1', 'execute', 'DB', '--local', '--persist-to', persist, '--command', sql], opts);

  const port = await freePort();
  const child: ChildProcess = spawn(wranglerBin, ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist, '--show-interactive-dev-session=false', '--log-level', 'warn'], {
    cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`wrangler dev did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  return {
    origin, adminToken, admin,
    log: () => log,
    async stop() {
      // The whole process group: wrangler starts workerd as a child.
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
      rmSync(persist, { recursive: true, force: true });
    },
  };
}
