/**
 * One cold call, for bench/validate-speed.ts: a fresh process loads the
 * modules, then times the first and only call of one step on the fixture and
 * prints its wall and CPU milliseconds as JSON. Cold means no JIT warm-up: what the first upload
 * after a deploy or an isolate start costs.
 *
 *   node --import tsx bench/cold-run.ts <step> <fixture.xlsx> <roster.json>
 */
import { readFileSync } from 'node:fs';
import { STEPS, type Known, type Step } from './validate-steps.ts';

const [step, file, rosterFile] = process.argv.slice(2) as [Step, string, string];
const run = STEPS[step];
if (!run) throw new Error(`unknown step: ${step}`);
const bytes = new Uint8Array(readFileSync(file));
const known = JSON.parse(readFileSync(rosterFile, 'utf8')) as Known;
const cpu = process.cpuUsage();
const started = performance.now();
run(bytes, known);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));
