import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 as zlibCrc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/index.ts';
import type { DetailRow } from '../../../templates/summary/index.ts';
import { readWorkbook } from '../../../templates/xlsx/read-workbook.ts';
import { streamSummaryWorkbook, writeSummaryWorkbook } from '../../../templates/xlsx/write-summary.ts';
import { XlsxPackage } from '../../../templates/xlsx/writer/package.ts';
import { crc32 } from '../../../templates/xlsx/writer/zip-stream.ts';
import { build, pledge, rows } from '../summary/fixtures.ts';

const run = promisify(execFile);

/** A small workbook through the writer: two sheets written in the other order than their tabs, text, numbers, blanks. */
async function tiny(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const pkg = new XlsxPackage((c) => chunks.push(c), { creator: '台账通', created: new Date('2026-07-20T02:00:00Z') });
  const first = pkg.reserveTab();
  const data = pkg.sheet('数据', { widths: [10, 10, 10], frozen: { columns: 1, rows: 1 } });
  data.row(['名称', '数量', '说明'], [pkg.styles.id({ font: 'bold' })]);
  data.row(['甲 & <乙>', 3, null]);
  data.row(['=1+2', 2.5, ' 前后有空格 ']);
  data.finish();
  const index = pkg.sheet('索引', { widths: [20] }, first);
  index.row(['见“数据”']);
  await pkg.finish();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

describe('the streaming xlsx writer', () => {
  it('computes the zip CRC-32 as zlib does', () => {
    const bytes = new TextEncoder().encode('三会一课记录台账 '.repeat(1000));
    expect(crc32(0, bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(crc32(0, bytes.subarray(0, 13)), bytes.subarray(13))).toBe(zlibCrc32(bytes));
  });

  it('writes a zip that unzips entry by entry with matching checksums, and parts that list the sheets in tab order', async () => {
    const files = unzipSync(await tiny());
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml',
    ]);
    expect(strFromU8(files['xl/workbook.xml']!)).toMatch(/<sheet name="索引" sheetId="1" r:id="rId2"\/><sheet name="数据" sheetId="2" r:id="rId1"\/>/);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t>甲 &amp; &lt;乙&gt;</t>');
    expect(sheet).toContain('<is><r><t>=1+2</t></r></is>');
    expect(sheet).toContain('<t xml:space="preserve"> 前后有空格 </t>');
    expect(sheet).not.toMatch(/<f[ >]/);
  });

  it('is read back by the product’s own reader and by exceljs', async () => {
    const bytes = await tiny();
    const read = readWorkbook(bytes, { fileName: 't.xlsx' });
    if (!read.ok) throw new Error('unreadable');
    expect(read.grid.sheets.map((s) => s.name)).toEqual(['索引', '数据']);
    expect(read.grid.sheets[1]!.values).toEqual([['名称', '数量', '说明'], ['甲 & <乙>', 3], ['=1+2', 2.5, ' 前后有空格 ']]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet('数据')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(wb.getWorksheet('数据')!.getCell('A1').font?.bold).toBe(true);
  });

  it('streams a summary workbook in chunks while the 明细 rows arrive', async () => {
    const summary = build();
    const pledgeRows = rows(pledgeLedger, Array.from({ length: 3000 }, (_, i) => pledge('党员', `党员${i}`, '服务承诺', '推进中', '2026-06-30')));
    let produced = 0;
    let before = -1;
    async function* details(): AsyncIterable<DetailRow> {
      for (const [i, row] of pledgeRows.entries()) {
        // Half-way through the rows, bytes of the summary sheets have already gone out.
        if (i === 1500) before = produced;
        yield { unitCode: 'B1', unitName: '支部一', templateId: 'pledge-ledger', row };
        if (i % 500 === 0) await new Promise((r) => setTimeout(r, 0));
      }
    }
    const chunks: Uint8Array[] = [];
    await streamSummaryWorkbook(summary, details(), (c) => (chunks.push(c), (produced += c.length)));
    expect(before).toBeGreaterThan(0);
    expect(produced).toBeGreaterThan(before);
    const detail = readWorkbook(new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()), { fileName: 's.xlsx' });
    if (!detail.ok) throw new Error('unreadable');
    expect(detail.grid.sheets.find((s) => s.name === '明细-承诺践诺台账')!.values).toHaveLength(3001);
  });
});

const soffice = await run('soffice', ['--version']).then(() => true, () => false);

// npm test installs LibreOffice (scripts/ensure-test-deps.sh); only a bare `vitest` run without it skips, never CI.
describe.runIf(soffice || process.env.CI === 'true')('LibreOffice', () => {
  it('opens the summary workbook with its 明细 and saves it again with the same sheets and cells', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tzt-lo-'));
    try {
      const details: DetailRow[] = rows(pledgeLedger, [pledge('党员', '张三', '服务承诺', '已完成', '2026-06-30')]).map((row) => ({ unitCode: 'B1', unitName: '支部一', templateId: 'pledge-ledger', row }));
      await writeFile(join(dir, 'summary.xlsx'), await writeSummaryWorkbook(build(), details));
      await run('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'summary.xlsx')], { timeout: 120_000 });
      const back = readWorkbook(new Uint8Array(await readFile(join(dir, 'out', 'summary.xlsx'))), { fileName: 'lo.xlsx' });
      if (!back.ok) throw new Error('LibreOffice output unreadable');
      const mine = readWorkbook(await writeSummaryWorkbook(build(), details), { fileName: 'mine.xlsx' });
      if (!mine.ok) throw new Error('unreadable');
      expect(back.grid.sheets.map((s) => s.name)).toEqual(mine.grid.sheets.map((s) => s.name));
      const cell = (g: typeof back.grid, sheet: string, r: number, c: number) => g.sheets.find((s) => s.name === sheet)!.values[r]![c];
      expect(cell(back.grid, '承诺践诺汇总', 4, 0)).toBe(cell(mine.grid, '承诺践诺汇总', 4, 0));
      expect(cell(back.grid, '明细-承诺践诺台账', 1, 5)).toBe('张三');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
