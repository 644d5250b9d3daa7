import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeSummaryWorkbook } from '../../../templates/xlsx/write-summary.ts';
import { demoSummary } from '../../fixtures/demo-summary.ts';

const run = promisify(execFile);
const has = (cmd: string, args: string[]) => run(cmd, args).then(() => true, () => false);
const tools = (await has('soffice', ['--version'])) && (await has('pdftoppm', ['-v']));

interface Word { text: string; yMin: number; yMax: number }

/** Per page, the words pdftotext finds with their boxes (points from the top). */
async function pageWords(pdf: string): Promise<Word[][]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 << 20 });
  return stdout.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!, yMin: Number(m[1]), yMax: Number(m[2]) })),
  );
}

/** Rows (points from the top) of the pixels drawn in the first series colour, #4472C4, of one page rendered at `dpi`. */
async function seriesPixelRows(pdf: string, page: number, dpi: number, dir: string): Promise<number[]> {
  await run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf, join(dir, 'page')]);
  const name = (await readdir(dir)).find((f) => f.startsWith('page') && f.endsWith('.ppm'))!;
  const ppm = await readFile(join(dir, name));
  await rm(join(dir, name));
  // Binary PPM: "P6 <width> <height> 255" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const start = header[0].length;
  const rows: number[] = [];
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i]! - 0x44) < 12 && Math.abs(ppm[i + 1]! - 0x72) < 12 && Math.abs(ppm[i + 2]! - 0xc4) < 12) rows.push((Math.floor((i - start) / 3 / width) * 72) / dpi);
  }
  return rows;
}

// npm test installs LibreOffice and poppler (scripts/ensure-test-deps.sh); only a bare `vitest` run without them skips, never CI.
describe.runIf(tools || process.env.CI === 'true')('LibreOffice draws the summary workbook’s charts', () => {
  it('renders 各单位承诺完成率, 各单位群众满意率 and 报送进度 on the printed pages, below their tables', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tzt-charts-'));
    try {
      await writeFile(join(dir, 'summary.xlsx'), await writeSummaryWorkbook(demoSummary(), null, { generatedAt: new Date('2026-11-21T02:00:00Z') }));
      await run('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'summary.xlsx')], { timeout: 120_000 });
      const pdf = join(dir, 'summary.pdf');
      const pages = await pageWords(pdf);
      for (const title of ['各单位承诺完成率', '各单位群众满意率']) {
        const page = pages.findIndex((words) => words.some((w) => w.text === title));
        expect(page, title).toBeGreaterThanOrEqual(0);
        const words = pages[page]!;
        // The table's 合计 row (the first one; the chart's axis repeats the label) ends above the chart's title.
        const tableEnd = words.find((w) => w.text === '合计')!.yMax;
        expect(words.find((w) => w.text === title)!.yMin, title).toBeGreaterThan(tableEnd);
        const bars = await seriesPixelRows(pdf, page + 1, 50, dir);
        expect(bars.length, `${title}: bars drawn`).toBeGreaterThan(400);
        expect(Math.min(...bars), `${title}: bars below the table`).toBeGreaterThan(tableEnd);
      }
      // 报送进度: the legend names every state again under the table's own header.
      const progress = pages.findIndex((words) => words.some((w) => w.text.startsWith('2026年上半年报送进度')));
      expect(pages[progress]!.filter((w) => w.text === '已拒收')).toHaveLength(2);
      expect((await seriesPixelRows(pdf, progress + 1, 50, dir)).length).toBeGreaterThan(400);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
