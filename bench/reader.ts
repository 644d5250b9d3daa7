/**
 * Reader comparison: exceljs (Node build) vs @e965/xlsx (SheetJS) vs our
 * readWorkbook, on generated 20,000-row ledgers; then our reader inside
 * workerd via Miniflare; then read + validate on a realistic 承诺践诺台账 with
 * and without its roster, against the unzip-and-scan floor, warm and cold
 * (bench/validate-speed.ts).
 *
 *   npx tsx --expose-gc bench/reader.ts        (BENCH_RUNS=7 by default)
 *
 * Time: median wall time of N runs after one warm-up. Heap: per run, from a
 * second call (the GC profiler slows the call it watches; bench/measure.ts),
 * after a full GC, the peak of V8 heapUsed during the call minus the baseline — the
 * peak is the larger of heapUsed at the end and heapUsed just before every GC
 * that happened during the call (v8.GCProfiler), since heapUsed only drops at
 * a GC. ArrayBuffer memory (Uint8Array outputs) is outside the V8 heap and
 * reported separately as the delta of process.memoryUsage().arrayBuffers.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validateFile } from '../templates/validate-file.ts';
import { readWorkbook } from '../templates/xlsx/read-workbook.ts';
import { ledgerBytes } from './ledger-fixture.ts';
import { median, medianSample, type Sample } from './measure.ts';
import { validateSpeed } from './validate-speed.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
if (!(globalThis as { gc?: () => void }).gc) throw new Error('run with --expose-gc: npx tsx --expose-gc bench/reader.ts');

const readers: Record<string, (bytes: Uint8Array) => unknown> = {
  ours: (bytes) => {
    const r = readWorkbook(bytes, { fileName: 'bench.xlsx' });
    if (!r.ok) throw new Error(r.issue.code);
    return r.grid;
  },
  // The whole upload path: read, detect the template, normalise and validate every row.
  'ours, read + validate': (bytes) => {
    const { report } = validateFile(bytes, 'bench.xlsx', { today: '2026-07-10' });
    if (report.stats.rowsRead !== 20_000) throw new Error(`validated ${report.stats.rowsRead} rows`);
    return report;
  },
  exceljs: async (bytes) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return wb;
  },
  sheetjs: (bytes) => {
    const wb = XLSX.read(bytes, { type: 'array', cellDates: false });
    return wb.SheetNames.map((n) => XLSX.utils.sheet_to_json(wb.Sheets[n]!, { header: 1, raw: true, defval: '' }));
  },
};

async function workerdMedianMs(bytes: Uint8Array): Promise<{ read: number; validate: number; noop: number }> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./workerd-reader.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2026-05-01',
    compatibilityFlags: ['nodejs_compat'],
  });
  try {
    const time = async (path: string): Promise<number> => {
      const started = performance.now();
      const res = await mf.dispatchFetch(`http://bench${path}`, { method: 'POST', body: bytes });
      const text = await res.text();
      if (path !== '/noop' && !/^\d+$/.test(text)) throw new Error(`workerd ${path} failed: ${text}`);
      return performance.now() - started;
    };
    await time('/read');
    await time('/validate');
    await time('/noop');
    const read: number[] = [];
    const validate: number[] = [];
    const noop: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      noop.push(await time('/noop'));
      read.push(await time('/read'));
      validate.push(await time('/validate'));
    }
    return { read: median(read), validate: median(validate), noop: median(noop) };
  } finally {
    await mf.dispose();
  }
}

const fmt = (n: number, digits = 0): string => n.toFixed(digits);

/** Guards the comparison: our grid must equal SheetJS's values (trailing blanks trimmed) cell for cell. */
function sameValuesAsSheetJs(bytes: Uint8Array): boolean {
  const ours = readWorkbook(bytes, { fileName: 'bench.xlsx' });
  if (!ours.ok) return false;
  const wb = XLSX.read(bytes, { type: 'array', cellDates: false });
  const theirs = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true, defval: '' });
  const trimmed = theirs.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
    return copy;
  });
  return JSON.stringify(trimmed) === JSON.stringify(ours.grid.sheets[0]!.values);
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, node ${process.version}`);
console.log(`runs per cell: ${RUNS} (+1 warm-up), median\n`);
console.log('| ledger | file | reader | time (ms) | ×ours | peak heap Δ (MiB) | ×ours | ArrayBuffer Δ (MiB) |');
console.log('|---|---|---|---:|---:|---:|---:|---:|');
const workerdRows: string[] = [];
for (const columns of [8, 12] as const) {
  const bytes = await ledgerBytes(20_000, columns);
  if (!sameValuesAsSheetJs(bytes)) throw new Error(`20,000 × ${columns}: our values differ from SheetJS`);
  const results: Record<string, Sample> = {};
  for (const [name, run] of Object.entries(readers)) results[name] = await medianSample(() => run(bytes), RUNS);
  const ours = results.ours!;
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `| 20,000 × ${columns} | ${fmt(bytes.length / 1024)} KiB | ${name} | ${fmt(r.ms)} | ${fmt(r.ms / ours.ms, 1)} | ${fmt(r.heapMb, 1)} | ${fmt(r.heapMb / ours.heapMb, 1)} | ${fmt(r.externalMb, 1)} |`,
    );
  }
  const w = await workerdMedianMs(bytes);
  workerdRows.push(
    `| 20,000 × ${columns} | ${fmt(w.read)} | ${fmt(w.validate)} | ${fmt(w.noop)} | ${fmt(w.read - w.noop)} | ${fmt(w.validate - w.noop)} | ${fmt(ours.ms)} | ${fmt(results['ours, read + validate']!.ms)} |`,
  );
}
console.log('\nworkerd (Miniflare, request round trip measured from Node):\n');
console.log('| ledger | /read (ms) | /validate (ms) | /noop same body (ms) | read − noop (ms) | read + validate − noop (ms) | Node read (ms) | Node read + validate (ms) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of workerdRows) console.log(row);

await validateSpeed(RUNS);
