import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { d1Args, d1Execute, offlineEnv, PANE_PREBUILT_ENV, runWrangler, waitForHealth, wranglerBin, type DevServer } from '../../scripts/start-wrangler.ts';
import { killGroupNow, stopGroup } from './process-group.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface WorkerServer {
  origin: string;
  adminToken: string;
  /** The admin API, as the office would call it. */
  admin(method: string, path: string, body?: unknown): Promise<unknown>;
  /** What wrangler printed (warnings and errors), for failure messages. */
  log(): string;
  /** Ends wrangler and workerd (SIGTERM, then SIGKILL), then removes the local D1/R2; safe to call twice. */
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

/**
 * The real worker under `wrangler dev` on a free port, with its own local D1
 * and R2 in a temp dir: migrations applied, one organisation and its admin
 * token inserted by SQL (hashed as scripts/token.ts does); everything else
 * goes through the admin API.
 *
 * If startup fails, everything it started is stopped before the error is
 * thrown: the caller never gets a handle, so its afterAll cannot do it.
 */
export async function startWorker(): Promise<WorkerServer> {
  if (!existsSync(join(root, 'addin/dist/taskpane.html'))) throw new Error('addin/dist is missing: run `npm run build:addin` first (npm test does)');
  const persist = mkdtempSync(join(tmpdir(), 'tzt-e2e-'));
  let child: ChildProcess | undefined;
  let log = '';

  // wrangler runs in its own process group (detached) so that workerd, its child, goes with it.
  // Should this test process exit with the server still up (a hook timeout left startWorker
  // running, or stop() was never reached), the group is killed on the way out.
  const killOnExit = (): void => {
    if (child?.pid !== undefined) killGroupNow(child.pid);
    rmSync(persist, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (child?.pid !== undefined && !(await stopGroup(child.pid))) {
        // Deleting the folder under a live workerd would only hide the leak; the exit hook stays armed.
        throw new Error(`wrangler dev (process group ${child.pid}) is still running after SIGKILL; ${persist} was kept`);
      }
      process.off('exit', killOnExit);
      rmSync(persist, { recursive: true, force: true });
    })());

  const adminToken = `tzt_e2e_${randomUUID()}`;
  let origin = '';
  try {
    await runWrangler(root, ['d1', 'migrations', 'apply', 'DB', ...d1Args(persist)]);
    const hash = createHash('sha256').update(adminToken).digest('hex');
    await d1Execute(root, persist, `INSERT INTO organisations (id, name) VALUES ('e2e', '市直机关工委');
INSERT INTO tokens (id, org, kind, unit_code, hash, label, created_at) VALUES ('${randomUUID()}', 'e2e', 'admin', NULL, '${hash}', '机关党委管理员', '2026-01-01T00:00:00.000Z');`);

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [wranglerBin, 'dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist, '--show-interactive-dev-session=false', '--log-level', 'warn'], {
      cwd: root, env: { ...offlineEnv(), ...PANE_PREBUILT_ENV, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    const dev: DevServer = { child, buildFailed: false };
    const collect = (d: Buffer): void => {
      log += String(d);
      if (d.includes('Build failed')) dev.buildFailed = true;
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    // Well inside the e2e hookTimeout (120 s), so a slow start fails here, where it is cleaned up.
    await waitForHealth(origin, dev, 60_000);
  } catch (e) {
    const cleanup = await stop().then(() => '', (s: unknown) => `\n${String(s)}`);
    throw new Error(`wrangler dev did not start: ${e instanceof Error ? e.message : String(e)}\n${log}${cleanup}`, { cause: e });
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

  return { origin, adminToken, admin, log: () => log, stop };
}
