/**
 * Hostile inputs (issue 7): how long reading and validating each takes and
 * how much memory it peaks at, every case in a fresh Node process.
 *
 *   npx tsx --expose-gc bench/hostile.ts              (all cases)
 *   npx tsx --expose-gc bench/hostile.ts merges-40k   (some cases)
 *   BENCH_READ_ONLY=1 npx tsx --expose-gc bench/hostile.ts   (files: read only, no validation)
 *
 * Each case runs twice. With Node's default heap: peak RSS (the process's
 * maxRSS, which includes ~90 MB of Node, tsx and the loaded modules, printed
 * as "base"), the peak V8 heap during the call above the baseline (garbage
 * included: with gigabytes of headroom V8 collects late), and the live heap
 * after a full GC while the result is still held. Then with
 * --max-old-space-size=128, as a stand-in for a Worker's 128 MB isolate: does
 * it finish, and at what RSS. A case still running after BENCH_TIMEOUT_S
 * (default 120) seconds is killed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GCProfiler } from 'node:v8';
import { catalog } from '../templates/catalog/index.ts';
import type { Grid } from '../templates/model/grid.ts';
import { validateGrid } from '../templates/read/validate-grid.ts';
import { validateFile } from '../templates/validate-file.ts';
import { readWorkbook } from '../templates/xlsx/read-workbook.ts';

const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 120);
const MiB = 2 ** 20;

/** Loaded only by the parent: the builders pull in exceljs, which would inflate the children's baseline. */
type Files = typeof import('./hostile-files.ts');

interface Case {
  name: string;
  build: (files: Files) => Uint8Array | Grid | Promise<Uint8Array>;
}

const cases: Case[] = [
  { name: 'shared-cell-3.9M', build: (files) => files.sharedStringCell(3_900_000) },
  { name: 'shared-cell-40k', build: (files) => files.sharedStringCell(40_000) },
  { name: 'inline-cell-10M', build: (files) => files.inlineStringCell(10_000_000) },
  { name: 'json-cell-5M', build: (files) => files.jsonGrid('x'.repeat(5_000_000)) },
  { name: 'json-spaces-32k', build: (files) => files.jsonGrid(` a${' '.repeat(32_000)}b`) },
  { name: 'merges-40k', build: (files) => files.manyMerges(40_000) },
  { name: 'lying-bomb-sheet', build: (files) => files.lyingBombSheet() },
  { name: 'lying-bomb-styles', build: (files) => files.lyingBombStyles() },
  { name: 'giant-sheet-3M', build: (files) => files.giantSheet(99_990, 30) },
  { name: 'giant-sheet-2.4M', build: (files) => files.giantSheet(80_000, 30) },
  { name: 'giant-sheet-1M', build: (files) => files.giantSheet(33_333, 30) },
  { name: 'valid-ledger-100k', build: (files) => files.validLedger(99_990) },
  { name: 'inline-strings-1M', build: (files) => files.inlineStrings(99_990, 10) },
  { name: 'shared-strings-1M', build: (files) => files.manySharedStrings(1_000_000, 20) },
  { name: 'header-area-32k-cells', build: (files) => files.longCellsInHeaderArea('(*'.repeat(16_383)) },
];

interface Outcome {
  result: string;
  ms: number;
  baseRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
  liveMb: number;
}

/**
 * What the service does with the input: read and validate it (or, with
 * BENCH_READ_ONLY=1, only read a file). `kept` is what the caller goes on
 * holding (the grid, or the validation with its rows), measured as live memory.
 */
function handle(input: Uint8Array | Grid): { result: string; kept: unknown } {
  if (input instanceof Uint8Array && process.env.BENCH_READ_ONLY) {
    const r = readWorkbook(input, { fileName: 'hostile.xlsx' });
    return { result: r.ok ? `read ${r.grid.sheets.reduce((n, s) => n + s.values.length, 0)} rows` : r.issue.code, kept: r };
  }
  const validation = input instanceof Uint8Array
    ? validateFile(input, 'hostile.xlsx', { today: '2026-07-10' })
    : validateGrid(input, catalog, { today: '2026-07-10' });
  const { report } = validation;
  const first = report.issues[0];
  if (report.template === null && first) return { result: first.code, kept: validation };
  return { result: `${report.valid ? 'valid' : 'invalid'}: ${[...new Set(report.issues.map((i) => i.code))].join(', ')}`, kept: validation };
}

/** Child: read the input, run it through `handle`, print one JSON line. */
function child(kind: string, path: string): void {
  const raw = readFileSync(path);
  const input = kind === 'json' ? (JSON.parse(raw.toString('utf8')) as Grid) : new Uint8Array(raw);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseRss = process.memoryUsage().rss;
  const baseHeap = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const started = performance.now();
  const { result, kept } = handle(input);
  const ms = performance.now() - started;
  const stats = profiler.stop();
  const heap = Math.max(process.memoryUsage().heapUsed, ...stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  gc?.();
  const live = process.memoryUsage().heapUsed;
  const outcome: Outcome = {
    result,
    ms,
    baseRssMb: baseRss / MiB,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MiB,
    peakHeapMb: (heap - baseHeap) / MiB,
    liveMb: (live - baseHeap) / MiB,
  };
  if (kept === undefined) throw new Error('nothing kept');
  console.log(JSON.stringify(outcome));
}

function run(kind: string, path: string, heapMb?: number): Outcome | string {
  const args = [...process.execArgv, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), fileURLToPath(import.meta.url), '--child', kind, path];
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: TIMEOUT_S * 1000, maxBuffer: 16 * MiB });
  const s = ((performance.now() - started) / 1000).toFixed(0);
  if (r.signal === 'SIGTERM' && r.error) return `killed after ${s} s`;
  if (r.status !== 0) return /heap out of memory|Allocation failed/i.test(r.stderr) ? `heap out of memory after ${s} s` : `exit ${r.status}: ${r.stderr.split('\n').slice(0, 3).join(' ')}`;
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Outcome;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = await import('./hostile-files.ts');
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  try {
    console.log('| case | input | result | time (ms) | peak RSS (MiB) | base RSS (MiB) | peak heap Δ (MiB) | live after (MiB) | 128 MB heap |');
    console.log('|---|---:|---|---:|---:|---:|---:|---:|---|');
    for (const c of cases.filter((c) => only.length === 0 || only.includes(c.name))) {
      const input = await c.build(files);
      const kind = input instanceof Uint8Array ? 'xlsx' : 'json';
      const bytes = input instanceof Uint8Array ? input : files.utf8(JSON.stringify(input));
      const path = join(dir, `${c.name}.${kind}`);
      writeFileSync(path, bytes);
      const size = bytes.length >= MiB ? `${(bytes.length / MiB).toFixed(1)} MiB` : `${(bytes.length / 1024).toFixed(1)} KiB`;
      const free = run(kind, path);
      const small = run(kind, path, 128);
      const fits = typeof small === 'string' ? small : `ok, ${small.peakRssMb.toFixed(0)} MiB RSS`;
      if (typeof free === 'string') console.log(`| ${c.name} | ${size} | ${free} | | | | | | ${fits} |`);
      else
        console.log(
          `| ${c.name} | ${size} | ${free.result} | ${free.ms.toFixed(0)} | ${free.peakRssMb.toFixed(0)} | ${free.baseRssMb.toFixed(0)} | ${free.peakHeapMb.toFixed(1)} | ${free.liveMb.toFixed(1)} | ${fits} |`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child(process.argv[3]!, process.argv[4]!);
else await main();
