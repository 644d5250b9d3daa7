import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../templates/model/china-time.ts';
import { DEMO_UNITS } from '../../scripts/seed/org.ts';
import { demoPeriods, demoPeriodWindows } from '../../scripts/seed/periods.ts';
import { demoPlan, RETURN_BY_PARENT, RETURN_VAGUE } from '../../scripts/seed/plan.ts';
import { expectWorkbookMatchesBoard, type BoardJson } from '../fixtures/board-vs-workbook.ts';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const today = chinaDate(new Date());
const { current, previous } = demoPeriods(today);
const plannedUploads = demoPlan(today).flatMap((s) => s.steps).filter((s) => s.do === 'submit').length;

const freePort = (): Promise<number> =>
  new Promise((ok, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });

interface Started {
  child: ChildProcess;
  output: string;
  admin: string;
  units: Record<string, string>;
}

const children: ChildProcess[] = [];

/** Runs the real `npm start` script and resolves once it printed its banner. */
function start(port: number, dir: string): Promise<Started> {
  const child = spawn(process.execPath, [tsx, 'scripts/start.ts', '--port', String(port), '--persist-to', dir, '--skip-build'], {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((ok, fail) => {
    const onData = (d: Buffer): void => {
      output += d.toString();
      if (!output.includes('启动用时')) return;
      const admin = /管理员令牌\s+(tzt_\S+)/.exec(output)?.[1];
      const units = Object.fromEntries([...output.matchAll(/^\s+(FGW\d*)\s+\S+\s+(tzt_\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
      if (admin) ok({ child, output, admin, units });
      else fail(new Error(`no admin token in:\n${output}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => fail(new Error(`start.ts exited with ${code}:\n${output}`)));
  });
}

/** SIGTERM to the whole group (tsx, start.ts, wrangler, workerd), as Ctrl-C would reach them all. */
function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once('exit', () => ok());
    try {
      process.kill(-child.pid!, signal);
    } catch {
      ok();
    }
  });
}

const get = async (port: number, path: string, token: string) =>
  fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${token}` } });

interface Cell {
  unitCode: string; templateId: string; state: string; label: string; version: number | null; submittedAt: string | null; returnComment: string | null;
  rejectedAfter: { version: number; errors: number } | null; review: string | null; returnedBy: { unitCode: string; name: string } | null;
}

describe('npm start', () => {
  let dir: string;
  let port: number;
  let first: Started;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tzt-start-'));
    port = await freePort();
    first = await start(port, dir);
  }, 90_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) await stop(child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the service, OpenAPI, the admin token and a token for every demo unit', () => {
    expect(first.output).toContain(`服务地址    http://localhost:${port}`);
    expect(first.output).toContain(`OpenAPI     http://localhost:${port}/api/openapi.json`);
    expect(Object.keys(first.units)).toEqual(DEMO_UNITS.map((u) => u.code));
    expect(first.output).toContain('演示数据已生成');
  });

  it('shows the office a mix of 按时 / 逾期 / 未报送 / 已退回 in the current half-year', async () => {
    const res = await get(port, `/api/admin/status?period=${current}`, first.admin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { units: { code: string; name: string }[]; cells: Cell[] };
    expect(body.units.map((u) => `${u.code} ${u.name}`)).toEqual(DEMO_UNITS.map((u) => `${u.code} ${u.name}`));
    const cell = (unit: string, template: string) => body.cells.find((c) => c.unitCode === unit && c.templateId === template)!;
    expect(cell('FGW0101', 'pledge-ledger')).toMatchObject({ label: '按时报送', version: 1 });
    expect(cell('FGW0102', 'pledge-ledger')).toMatchObject({ label: '按时报送', version: 2 });
    expect(cell('FGW0201', 'pledge-ledger')).toMatchObject({ label: '已退回', version: 1, returnComment: RETURN_VAGUE });
    expect(cell('FGW0202', 'pledge-ledger')).toMatchObject({ label: '已拒收', version: null, rejectedAfter: { version: 1, errors: 1 } });
    expect(cell('FGW0101', 'mass-evaluation')).toMatchObject({ label: '按时报送', version: 2 });
    expect(cell('FGW0301', 'leader-review')).toMatchObject({ label: '未报送', version: null });
    const rectificationDue = demoPeriodWindows(today).find((w) => w.code === current && w.templateId === 'rectification-ledger')!.due;
    expect(cell('FGW0101', 'rectification-ledger').label).toBe(rectificationDue < today ? '逾期报送' : '按时报送');
  });

  it('has the 党总支 review their branches: approved, 待审核, and one returned by 经济运行党总支 with its comment', async () => {
    expect(first.output).toMatch(/审核令牌.*\n\s+FGW01\s+综合业务党总支\s+tzt_\S+\n\s+FGW02\s/);
    const body = (await (await get(port, `/api/admin/status?period=${current}`, first.admin)).json()) as { cells: Cell[] };
    const cell = (unit: string, template: string) => body.cells.find((c) => c.unitCode === unit && c.templateId === template)!;
    expect(cell('FGW0101', 'secretary-review')).toMatchObject({ label: '按时报送', review: 'approved' });
    expect(cell('FGW0102', 'secretary-review')).toMatchObject({ label: '待审核', review: 'pending' });
    expect(cell('FGW0201', 'secretary-review')).toMatchObject({ label: '已退回', returnComment: RETURN_BY_PARENT, returnedBy: { unitCode: 'FGW02', name: '经济运行党总支' } });
    const scoped = (await (await get(port, `/api/admin/status?period=${current}`, first.units.FGW02!)).json()) as { units: { code: string }[] };
    expect(scoped.units.map((u) => u.code)).toEqual(['FGW02', 'FGW0201', 'FGW0202']);
  });

  it('shows the previous half-year as history, backdated', async () => {
    const body = (await (await get(port, `/api/admin/status?period=${previous}`, first.admin)).json()) as { cells: Cell[] };
    const cell = (unit: string, template: string) => body.cells.find((c) => c.unitCode === unit && c.templateId === template)!;
    const due = demoPeriodWindows(today).find((w) => w.code === previous)!.due;
    expect(cell('FGW0202', 'pledge-ledger')).toMatchObject({ label: '逾期报送', submittedAt: `${new Date(Date.parse(due) + 6 * 86_400_000).toISOString().slice(0, 10)}T02:30:00.000Z` });
    expect(cell('FGW0301', 'secretary-review')).toMatchObject({ label: '未报送', version: null });
    expect(body.cells.filter((c) => c.label === '按时报送')).toHaveLength(48);
    expect(body.cells.filter((c) => c.label === '逾期报送')).toHaveLength(3);
  });

  it('keeps every planned upload as a submission', async () => {
    const list = (await (await get(port, '/api/submissions', first.admin)).json()) as { submissions: unknown[] };
    expect(list.submissions).toHaveLength(plannedUploads);
  });

  it('serves the summary workbook of the current half-year', async () => {
    const res = await get(port, `/api/admin/summary.xlsx?period=${current}`, first.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.getWorksheet('报送情况')).toBeDefined();
  });

  it('gives the same figures on the board and in the summary workbook, for both demo periods', async () => {
    for (const period of [current, previous]) {
      const board = (await (await get(port, `/api/admin/status?period=${period}`, first.admin)).json()) as BoardJson;
      const xlsx = await (await get(port, `/api/admin/summary.xlsx?period=${period}&details=false`, first.admin)).arrayBuffer();
      const seen = await expectWorkbookMatchesBoard(board, xlsx);
      expect(seen).toEqual({ ledgers: board.templates.length, cells: DEMO_UNITS.length * board.templates.length, subtotals: 4 * board.templates.length });
    }
  });

  it('a second start on the same data prints the same tokens and seeds nothing again', async () => {
    await stop(first.child);
    const second = await start(port, dir);
    expect(second.admin).toBe(first.admin);
    expect(second.units).toEqual(first.units);
    expect(second.output).not.toContain('演示数据已生成');
    const list = (await (await get(port, '/api/submissions', second.admin)).json()) as { submissions: unknown[] };
    expect(list.submissions).toHaveLength(plannedUploads);
    await stop(second.child);
  }, 60_000);
});
