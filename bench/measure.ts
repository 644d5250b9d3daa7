import { GCProfiler } from 'node:v8';

/**
 * Timing and heap probes shared by the reader benches. Heap: after a full GC,
 * the peak of V8 heapUsed during the call minus the baseline — the larger of
 * heapUsed at the end and heapUsed just before every GC during the call
 * (v8.GCProfiler), since heapUsed only drops at a GC. ArrayBuffer memory lies
 * outside the V8 heap and is reported as the delta of arrayBuffers.
 */

export interface Sample {
  ms: number;
  /** CPU time of the process (all threads, GC helpers included): steadier than wall time on a shared machine. */
  cpuMs: number;
  heapMb: number;
  externalMb: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * One sample: time from one call, heap from a second call under v8.GCProfiler,
 * whose bookkeeping slows the call it watches (by about a quarter when reading
 * a 20,000-row ledger) and so must not be inside the timing.
 */
export async function measure(run: () => unknown): Promise<Sample> {
  if (!gc) throw new Error('run with --expose-gc: npx tsx --expose-gc bench/reader.ts');
  const call = async (): Promise<void> => {
    const result = await run();
    if (result === undefined) throw new Error('reader returned nothing');
  };
  gc();
  gc();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await call();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);

  gc();
  gc();
  const before = process.memoryUsage();
  const profiler = new GCProfiler();
  profiler.start();
  await call();
  const after = process.memoryUsage();
  const stats = profiler.stop();
  const peak = Math.max(after.heapUsed, ...stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    heapMb: (peak - before.heapUsed) / 2 ** 20,
    externalMb: (after.arrayBuffers - before.arrayBuffers) / 2 ** 20,
  };
}

/** Per field, the median of the samples. */
export const medianOf = (samples: Sample[]): Sample => ({
  ms: median(samples.map((s) => s.ms)),
  cpuMs: median(samples.map((s) => s.cpuMs)),
  heapMb: median(samples.map((s) => s.heapMb)),
  externalMb: median(samples.map((s) => s.externalMb)),
});

/** Median time, heap and ArrayBuffer deltas of `runs` calls after one warm-up. */
export async function medianSample(run: () => unknown, runs: number): Promise<Sample> {
  await measure(run);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(run));
  return medianOf(samples);
}
