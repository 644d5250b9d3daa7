/**
 * The consolidated summary at 30 / 300 / 3,000 units, through the real service
 * path: the product worker bundled by wrangler, run in workerd by Miniflare
 * with a local D1 and R2 persisted to a temp dir, timed from Node around
 * dispatchFetch (Date.now() does not advance inside a workerd request).
 *
 *   npm run bench:summary       (= tsx --expose-gc bench/summary.ts)
 *   BENCH_UNITS=30,300 BENCH_RUNS=3 BENCH_ROWS_3000=200,50 …
 *
 * Per size: seed through /__bench routes (SQL batches), then GET
 * /api/admin/summary (JSON), /api/admin/summary.xlsx (with 明细) and
 * /api/admin/summary.xlsx?details=false; median of BENCH_RUNS after one warm-up. Memory: workerd RSS growth
 * per request (VmHWM after − VmRSS before) and, in Node, the V8 heap of the
 * same buildSummary / writeSummaryWorkbook calls on the same D1 (through
 * Miniflare's D1 proxy).
 */
import { execFileSync } from 'node:child_process';
import { Miniflare } from 'miniflare';
import { unstable_splitSqlQuery } from 'wrangler';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Summary, DetailRow } from '../templates/summary/index.ts';
import { writeSummaryWorkbook } from '../templates/xlsx/write-summary.ts';
import { ADMIN_TOKEN, ORG, PERIOD, unitTree } from './summary-fixture.ts';
import { heapOf, rssGrowthOf, workerdPid } from './summary-memory.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DETAILS_MAX_ROWS = Number(process.env.BENCH_DETAILS_MAX_ROWS ?? 100_000);
const SIZES = (process.env.BENCH_UNITS ?? '30,300,3000').split(',').map(Number);
/** BENCH_TALLIES=0 seeds submissions without tallies (as stored before migration 0005): the first summary then counts them from the rows. */
const TALLIES = process.env.BENCH_TALLIES !== '0';
const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

// Loaded by path, not by a static import, for the same reason as ENTRY; the signature is the worker's.
type BuildSummary = (db: unknown, org: string, period: string, now: Date) => Promise<{ summary: Summary; details: () => AsyncIterable<DetailRow> }>;
const { buildSummary } = (await import(pathToFileURL(root('worker/ledger/build-summary.ts')).href)) as { buildSummary: BuildSummary };

/** Rows per unit (pledges, evaluations); 3,000 units may be given fewer to keep the bench short. */
function rowsFor(units: number): [number, number] {
  const custom = process.env[`BENCH_ROWS_${units}`];
  return custom ? (custom.split(',').map(Number) as [number, number]) : [200, 50];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const f = (n: number | null, digits = 0): string => (n === null || Number.isNaN(n) ? '—' : n.toFixed(digits));

/**
 * The bench-only worker: the product app unchanged, plus /__bench routes that
 * migrate and seed D1 (bench/summary-seed.ts) and one that writes the workbook
 * with the product's build and writer but an empty 明细. Generated here rather
 * than kept as a file so the root typecheck (DOM, Node) never pulls the
 * worker's Cloudflare-typed modules in; worker/tsconfig.json checks those.
 */
const ENTRY = `
import app from '${root('worker/index.ts')}';
import { rowStats, seed, setup } from '${root('bench/summary-seed.ts')}';

export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    if (pathname === '/__bench/setup') return (await setup(env.DB, await request.json()), new Response('ok'));
    if (pathname === '/__bench/seed') return new Response(String(await seed(env.DB, await request.json())));
    if (pathname === '/__bench/stats') return Response.json(await rowStats(env.DB));
    return app.fetch(request, env, ctx);
  },
};
`;

/**
 * Bundled by wrangler itself (deploy --dry-run, offline) from the project's
 * wrangler.toml with the bench wrapper as entry, so the aliases (exceljs, the
 * readable-stream shim) and the nodejs_compat handling are the production ones.
 */
function bundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tzt-summary-bundle-'));
  try {
    writeFileSync(join(dir, 'entry.ts'), ENTRY);
    const config = readFileSync(root('wrangler.toml'), 'utf8')
      .replace(/^main = .*$/m, `main = "${join(dir, 'entry.ts')}"`)
      .replaceAll('"./', `"${root('')}`);
    writeFileSync(join(dir, 'wrangler.toml'), config);
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', join(dir, 'out'), '--config', join(dir, 'wrangler.toml')], {
      cwd: root(''), stdio: 'ignore', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    return readFileSync(join(dir, 'out', 'entry.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every migrations/*.sql in the order `wrangler d1 migrations apply` and the
 * test pool (readD1Migrations) use — by numeric prefix — split into statements
 * by wrangler's own splitter, so a new migration is never missing here again.
 */
function migrationStatements(): string[] {
  const dir = root('migrations');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.sql'))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
  return names.flatMap((n) => unstable_splitSqlQuery(readFileSync(join(dir, n), 'utf8')));
}

interface Timed {
  ms: number;
  bytes: number;
  rssPeakMb: number | null;
  /** The warm-up request: with BENCH_TALLIES=0 it is the one that counts the tallies from the rows. */
  firstMs?: number;
}

async function request(mf: Miniflare, pid: number | null, path: string): Promise<Timed> {
  const { result, rssPeakMb } = await rssGrowthOf(pid, async () => {
    const started = performance.now();
    const res = await mf.dispatchFetch(`http://bench${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const body = new Uint8Array(await res.arrayBuffer());
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${new TextDecoder().decode(body.slice(0, 300))}`);
    return { ms, bytes: body.length };
  });
  return { ...result, rssPeakMb };
}

async function medianOf(mf: Miniflare, pid: number | null, path: string, times: number): Promise<Timed> {
  const first = await request(mf, pid, path);
  const runs: Timed[] = [];
  for (let i = 0; i < times; i++) runs.push(await request(mf, pid, path));
  return {
    ms: median(runs.map((r) => r.ms)),
    bytes: runs[0]!.bytes,
    rssPeakMb: runs.every((r) => r.rssPeakMb !== null) ? median(runs.map((r) => r.rssPeakMb!)) : null,
    firstMs: first.ms,
  };
}

interface Result {
  units: number;
  rowsPerUnit: [number, number];
  rows: number;
  storedMb: number;
  seedS: number;
  json: Timed;
  xlsx: Timed | null;
  bare: Timed;
  node: { buildMs: number; buildPeakMb: number; keptMb: number; writeMs: number | null; writePeakMb: number | null; barePeakMb: number };
}

async function measureSize(script: string, units: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'tzt-summary-bench-'));
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2026-05-01',
    compatibilityFlags: ['nodejs_compat'],
    d1Databases: { DB: 'bench-db' },
    r2Buckets: { FILES: 'bench-files' },
    d1Persist: join(dir, 'd1'),
    r2Persist: join(dir, 'r2'),
    bindings: { MAX_UPLOAD_BYTES: '10485760', ADDIN_ORIGIN: '' },
  });
  try {
    await mf.ready;
    const pid = workerdPid();
    const post = async (path: string, body: unknown) => {
      const res = await mf.dispatchFetch(`http://bench${path}`, { method: 'POST', body: JSON.stringify(body) });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
      return text;
    };
    const [pledges, evaluations] = rowsFor(units);
    const seedStart = performance.now();
    await post('/__bench/setup', migrationStatements());
    const tree = unitTree(units);
    for (let i = 0; i < tree.length; i += 50) await post('/__bench/seed', { first: i, units: tree.slice(i, i + 50), pledges, evaluations, tallies: TALLIES });
    const seedS = (performance.now() - seedStart) / 1000;
    const stats = JSON.parse(await post('/__bench/stats', {})) as { rows: number; bytes: number };

    // Past ~100,000 rows one run each, and 明细 is not written (about a minute per run; see docs/benchmarks.md).
    const big = stats.rows > DETAILS_MAX_ROWS;
    const times = big ? 1 : RUNS;
    const json = await medianOf(mf, pid, `/api/admin/summary?period=${PERIOD}`, times);
    const bare = await medianOf(mf, pid, `/api/admin/summary.xlsx?period=${PERIOD}&details=false`, times);
    const xlsx = big ? null : await medianOf(mf, pid, `/api/admin/summary.xlsx?period=${PERIOD}`, times);

    // The same calls in Node on the same D1 (Miniflare's proxy), for the V8 heap workerd does not show.
    const db = await mf.getD1Database('DB');
    if (!big) await buildSummary(db, ORG, PERIOD, new Date());
    const built = await heapOf(() => buildSummary(db, ORG, PERIOD, new Date()));
    const write = big ? null : await heapOf(() => writeSummaryWorkbook(built.result.summary, built.result.details()));
    const bareWrite = await heapOf(() => writeSummaryWorkbook(built.result.summary, []));
    return {
      units, rowsPerUnit: [pledges, evaluations], rows: stats.rows, storedMb: stats.bytes / 2 ** 20, seedS, json, xlsx, bare,
      node: { buildMs: built.ms, buildPeakMb: built.peakMb, keptMb: built.keptMb, writeMs: write?.ms ?? null, writePeakMb: write?.peakMb ?? null, barePeakMb: bareWrite.peakMb },
    };
  } finally {
    // dispose() rejects when workerd never started; the temp dir goes either way.
    await mf.dispose().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${f(totalmem() / 2 ** 30, 1)} GiB, node ${process.version}`);
console.log(`runs per request: ${RUNS} (+1 warm-up), median; 1 run and no 明细 past ${DETAILS_MAX_ROWS.toLocaleString('en')} rows\n`);
const script = bundle();
const results: Result[] = [];
for (const units of SIZES) {
  const r = await measureSize(script, units);
  results.push(r);
  console.error(`${units} units: seeded ${r.rows} rows in ${f(r.seedS, 1)} s (tallies ${TALLIES ? 'stored' : 'not stored'}); first json ${f(r.json.firstMs ?? null)} ms, then json ${f(r.json.ms)} ms, xlsx ${f(r.xlsx?.ms ?? null)} ms, no 明细 ${f(r.bare.ms)} ms`);
}

console.log('workerd (Miniflare, local D1; time measured from Node around dispatchFetch; RSS = workerd VmHWM during the request − VmRSS before):\n');
console.log('| units | rows/unit | rows | row JSON in D1 (MiB) | JSON (ms) | ×prev | JSON size (MiB) | RSS peak Δ (MiB) | xlsx without 明细 (ms) | ×prev | RSS peak Δ (MiB) | xlsx with 明细 (ms) | ×prev | xlsx size (MiB) | RSS peak Δ (MiB) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
results.forEach((r, i) => {
  const prev = results[i - 1];
  const x = (a: number, b: number | undefined) => (b === undefined ? '—' : f(a / b, 1));
  console.log(
    `| ${r.units.toLocaleString('en')} | ${r.rowsPerUnit.join(' + ')} | ${r.rows.toLocaleString('en')} | ${f(r.storedMb, 1)} | ${f(r.json.ms)} | ${x(r.json.ms, prev?.json.ms)} | ${f(r.json.bytes / 2 ** 20, 2)} | ${f(r.json.rssPeakMb, 1)} | ${f(r.bare.ms)} | ${x(r.bare.ms, prev?.bare.ms)} | ${f(r.bare.rssPeakMb, 1)} | ${f(r.xlsx?.ms ?? null)} | ${r.xlsx ? x(r.xlsx.ms, prev?.xlsx?.ms) : '—'} | ${f(r.xlsx ? r.xlsx.bytes / 2 ** 20 : null, 2)} | ${f(r.xlsx?.rssPeakMb ?? null, 1)} |`,
  );
});
console.log('\nNode, same buildSummary / writeSummaryWorkbook on the same D1 through Miniflare\'s D1 proxy (one run after a warm-up; V8 heap):\n');
console.log('| units | buildSummary (ms) | peak heap Δ (MiB) | kept after build (MiB) | write with 明细 (ms) | peak heap Δ (MiB) | write without 明细: peak heap Δ (MiB) | seed (s) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results)
  console.log(
    `| ${r.units.toLocaleString('en')} | ${f(r.node.buildMs)} | ${f(r.node.buildPeakMb, 1)} | ${f(r.node.keptMb, 1)} | ${f(r.node.writeMs)} | ${f(r.node.writePeakMb, 1)} | ${f(r.node.barePeakMb, 1)} | ${f(r.seedS, 1)} |`,
  );
