import { catalog } from '../catalog/index.ts';
import type { TemplateDefinition } from '../model/definition.ts';
import type { Summary } from '../summary/schema.ts';
import { localTime, summarySheets } from '../summary/sheets/index.ts';
import type { DetailRow } from '../summary/types.ts';
import { DetailSheets } from './write-summary-details.ts';
import { writeTable } from './write-summary-table.ts';
import { concatChunks, XlsxPackage } from './writer/package.ts';

export interface SummaryWorkbookOptions {
  /** Shown as 生成时间 (default now). */
  generatedAt?: Date;
  /** The office's offset from UTC for times shown in the workbook (default 480, Beijing time). */
  utcOffsetMinutes?: number;
  /** Definitions for the summary sheets and the 明细 columns (default the standard catalog). */
  templates?: readonly TemplateDefinition[];
  /** Awaited every few thousand 明细 rows: lets a streamed response hold the writer back while the reader catches up. */
  drain?: () => Promise<unknown>;
}

const DRAIN_EVERY = 2000;

type Details = Iterable<DetailRow> | AsyncIterable<DetailRow> | null;

/**
 * The 汇总表 workbook, streamed to `sink` as it is written: every sheet of
 * `summarySheets` (the same list the add-in writes into Excel), then the 明细
 * sheets from the detail rows. Nothing but the zip's current chunk is held,
 * so a caller may send the bytes on as they come.
 */
export async function streamSummaryWorkbook(summary: Summary, details: Details, sink: (chunk: Uint8Array) => void, options: SummaryWorkbookOptions = {}): Promise<void> {
  const generatedAt = options.generatedAt ?? new Date();
  const pkg = new XlsxPackage(sink, { creator: '台账通', created: generatedAt });
  const p = summary.period;
  const subtitle = `报送期次：${p.label}（${p.start} 至 ${p.end}）　生成时间：${localTime(generatedAt.toISOString(), options.utcOffsetMinutes)}`;
  const defs = options.templates ?? catalog;
  const sheetOptions = { catalog: defs, ...(options.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: options.utcOffsetMinutes } : {}) };
  for (const sheet of summarySheets(summary, sheetOptions)) writeTable(pkg, sheet, subtitle);

  // The index comes first among the 明细 tabs but is written last, once the row counts are known.
  const indexTab = pkg.reserveTab();
  let written: { sheet: string; template: string; rows: number }[] | null = null;
  if (details) {
    const sheets = new DetailSheets(pkg, new Map(defs.map((d) => [d.id, d])));
    sheets.prepare(summary.templates.map((t) => t.id));
    let n = 0;
    for await (const d of details) {
      sheets.add(d);
      if (options.drain && ++n % DRAIN_EVERY === 0) await options.drain();
    }
    written = sheets.finish();
  }
  writeIndex(pkg, indexTab, written, subtitle);
  await pkg.finish();
}

/** The same, collected into one buffer. */
export async function writeSummaryWorkbook(summary: Summary, details: Details, options: SummaryWorkbookOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await streamSummaryWorkbook(summary, details, (c) => chunks.push(c), options);
  return concatChunks(chunks);
}

function writeIndex(pkg: XlsxPackage, tab: number, written: { sheet: string; template: string; rows: number }[] | null, subtitle: string): void {
  const ws = pkg.sheet('明细', { widths: [30, 34, 10] }, tab);
  const bold = pkg.styles.id({ font: 'bold' });
  const lines: (string | number)[][] = written
    ? [
        ['明细数据'], [subtitle], ['工作表', '台账', '行数'],
        ...written.map((w) => [w.sheet, w.template, w.rows]),
        [], ['各台账的有效行逐行列出（含单位编码、单位名称和原表行号，以及系统计算的派生列），可在对应工作表中筛选或插入数据透视表。'],
      ]
    : [['明细数据'], [subtitle], ['本次下载未包含明细。需要逐行明细时，请下载“含明细”的汇总表。']];
  lines.forEach((values, i) => ws.row(values, i === 0 || (i === 2 && written) ? values.map(() => bold) : []));
  ws.finish();
}
