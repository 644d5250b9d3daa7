/**
 * Read + validate against the unzip-and-scan floor, on the realistic
 * 承诺践诺台账 of bench/pledge-fixture.ts (20,000 rows, 110 branches, ~10,000
 * members), with and without the unit's 党员名册 — as the service validates a
 * submission. Warm: median of N calls in this process after one warm-up.
 * Cold: the first call in a fresh process (bench/cold-run.ts), median of
 * BENCH_COLD_RUNS processes. Part of `npm run bench`; alone:
 *
 *   npx tsx --expose-gc bench/validate-speed.ts     (BENCH_RUNS=7, BENCH_COLD_RUNS=5)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateFile } from '../templates/validate-file.ts';
import { measure, median, medianOf, type Sample } from './measure.ts';
import { pledgeFixture } from './pledge-fixture.ts';
import { FLOOR_STEPS, STEPS, type Known, type Step } from './validate-steps.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Timing {
  ms: number;
  cpuMs: number;
}

function cold(step: Step, file: string, rosterFile: string): Timing {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/cold-run.ts'), step, file, rosterFile], { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`cold ${step}: ${child.stderr}`);
  return JSON.parse(child.stdout) as Timing;
}

const f = (n: number, digits = 0): string => n.toFixed(digits);

export async function validateSpeed(runs: number, coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 5)): Promise<void> {
  const fixture = await pledgeFixture();
  const known: Known = { roster: fixture.roster, branches: fixture.branches };
  const findings = validateFile(fixture.bytes, 'bench.xlsx', { today: '2026-07-10', ...known }).report;
  const coverage = findings.issues.filter((i) => i.code === 'sheet/coverage').length;

  const dir = mkdtempSync(join(tmpdir(), 'tzt-validate-speed-'));
  try {
    const file = join(dir, 'pledge.xlsx');
    const rosterFile = join(dir, 'roster.json');
    writeFileSync(file, fixture.bytes);
    writeFileSync(rosterFile, JSON.stringify(known));
    const steps = Object.keys(STEPS) as Step[];
    const warm = new Map<Step, Sample>();
    // Round robin after one warm-up each, like the cold runs: every step sees the same heap and the same bursts of load.
    const warmSamples = new Map<Step, Sample[]>(steps.map((s) => [s, []]));
    for (const step of steps) await measure(() => STEPS[step](fixture.bytes, known));
    for (let i = 0; i < runs; i++) for (const step of steps) warmSamples.get(step)!.push(await measure(() => STEPS[step](fixture.bytes, known)));
    for (const step of steps) warm.set(step, medianOf(warmSamples.get(step)!));
    // Interleaved, so a burst of load on the shared machine hits every step alike.
    const coldSamples = new Map<Step, Timing[]>(steps.map((s) => [s, []]));
    for (let i = 0; i < coldRuns; i++) for (const step of steps) coldSamples.get(step)!.push(cold(step, file, rosterFile));
    const colds = new Map<Step, Timing>(
      steps.map((s) => [s, { ms: median(coldSamples.get(s)!.map((t) => t.ms)), cpuMs: median(coldSamples.get(s)!.map((t) => t.cpuMs)) }]),
    );

    const floorOf = (timings: Map<Step, Timing>): Timing => ({
      ms: Math.min(...FLOOR_STEPS.map((s) => timings.get(s)!.ms)),
      cpuMs: Math.min(...FLOOR_STEPS.map((s) => timings.get(s)!.cpuMs)),
    });
    const floorWarm = floorOf(warm);
    const floorCold = floorOf(colds);
    console.log(
      `\nrealistic 承诺践诺台账: ${fixture.rows.toLocaleString('en')} rows × 12 columns, ${f(fixture.bytes.length / 1024)} KiB, ` +
        `${fixture.branches.length} branches, roster of ${fixture.roster.length.toLocaleString('en')} members ` +
        `(${coverage} coverage findings, ${findings.stats.warnings} warnings, ${findings.stats.errors} errors with the roster)\n`,
    );
    console.log(`warm: median of ${runs} (+1 warm-up); cold: first call in a fresh process, median of ${coldRuns} processes; CPU = process CPU time (GC threads included)\n`);
    console.log('floor = the faster of the two unzip + scan rows, per column\n');
    console.log('| step | warm wall (ms) | × floor | warm CPU (ms) | × floor | peak heap Δ (MiB) | cold wall (ms) | × floor | cold CPU (ms) | × floor |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const step of steps) {
      const w = warm.get(step)!;
      const c = colds.get(step)!;
      console.log(
        `| ${step} | ${f(w.ms)} | ${f(w.ms / floorWarm.ms, 1)} | ${f(w.cpuMs)} | ${f(w.cpuMs / floorWarm.cpuMs, 1)} | ${f(w.heapMb, 1)} ` +
          `| ${f(c.ms)} | ${f(c.ms / floorCold.ms, 1)} | ${f(c.cpuMs)} | ${f(c.cpuMs / floorCold.cpuMs, 1)} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await validateSpeed(Number(process.env.BENCH_RUNS ?? 7));
