import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { catalog } from '../../templates/catalog/index.ts';
import { headerText, identityColumn } from '../../templates/xlsx/sheet-layout.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'templates/cli/generate.ts'), ...args], { cwd: root });

describe('npm run templates', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tzt-templates-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes one workbook per template and prints the paths', async () => {
    const { stdout } = await cli('--out', dir);
    const expected = catalog.map((d) => join(dir, `${d.name}.xlsx`));
    expect(stdout.trim().split('\n')).toEqual(expected);
    expect((await readdir(dir)).sort()).toEqual(catalog.map((d) => `${d.name}.xlsx`).sort());

    for (const def of catalog) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(join(dir, `${def.name}.xlsx`))) as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['填报说明', def.sheetName]);
      const ws = wb.worksheets[1]!;
      expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(def.columns.map(headerText));
      expect(ws.getCell(1, identityColumn(def.columns.length)).value).toBe(`TZT:${def.id}@${def.version}`);
      const enumCol = def.columns.findIndex((c) => c.type === 'enum');
      if (enumCol >= 0) expect(ws.getCell(5, enumCol + 1).dataValidation?.type).toBe('list');
      expect(ws.getCell(5, 1).dataValidation).toBeDefined();
    }
  }, 60_000);

  it('writes a single template with --template', async () => {
    const one = join(dir, 'one');
    const { stdout } = await cli('--out', one, '--template', 'pledge-ledger');
    expect(stdout.trim()).toBe(join(one, '承诺践诺台账.xlsx'));
    expect(await readdir(one)).toEqual(['承诺践诺台账.xlsx']);
  });

  it('names the available templates when the id is unknown', async () => {
    const err = await cli('--out', dir, '--template', 'nope').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toContain('未找到模板“nope”。可用的模板：pledge-ledger');
  });
});
