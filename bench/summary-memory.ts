import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';

/**
 * Memory probes for bench/summary.ts. workerd gives a script no heap figures,
 * so there are two proxies: V8 heap of the same code run in Node, and the
 * resident set of the workerd process around a request.
 */

const gc = (globalThis as { gc?: () => void }).gc;

export interface HeapSample {
  ms: number;
  /** Peak V8 heapUsed during the call minus heapUsed after a full GC before it (MiB). */
  peakMb: number;
  /** heapUsed after the call and a full GC, minus the baseline: what the result keeps (MiB). */
  keptMb: number;
}

/**
 * heapUsed only drops at a GC, so the peak is the larger of heapUsed at the end
 * and heapUsed just before every GC during the call (v8.GCProfiler), as in
 * bench/reader.ts.
 */
export async function heapOf<T>(run: () => Promise<T>): Promise<HeapSample & { result: T }> {
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  const end = process.memoryUsage().heapUsed;
  const stats = profiler.stop();
  const peak = Math.max(end, ...stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  gc();
  gc();
  const kept = process.memoryUsage().heapUsed;
  return { ms, peakMb: (peak - before) / 2 ** 20, keptMb: (kept - before) / 2 ** 20, result };
}

/** The workerd process Miniflare started for us (a direct child of this process). */
export function workerdPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (/^Name:\s+workerd$/m.test(status) && new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(status)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

const kib = (status: string, field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1] ?? NaN);

/**
 * Resident-set growth of workerd during `run`: resets the high-water mark
 * (clear_refs 5, Linux ≥ 4.0, own process), then reads VmHWM − VmRSS before.
 * It covers everything in that process: the isolate's heap, exceljs buffers,
 * and the local D1's SQLite page cache.
 */
export async function rssGrowthOf<T>(pid: number | null, run: () => Promise<T>): Promise<{ result: T; rssPeakMb: number | null; rssBeforeMb: number | null }> {
  if (pid === null) return { result: await run(), rssPeakMb: null, rssBeforeMb: null };
  const before = kib(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
  let resettable = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    resettable = false;
  }
  const result = await run();
  const hwm = kib(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM');
  return { result, rssPeakMb: resettable ? (hwm - before) / 1024 : null, rssBeforeMb: before / 1024 };
}
