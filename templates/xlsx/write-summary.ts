import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { catalog } from '../catalog/index.ts';
import type { TemplateDefinition } from '../model/definition.ts';
import type { Summary } from '../summary/schema.ts';
import { localTime, summarySheets } from '../summary/sheets/index.ts';
import type { DetailRow } from '../summary/types.ts';
import { DetailSheets } from './write-summary-details.ts';
import { writeTable } from './write-summary-table.ts';

export interface SummaryWorkbookOptions {
  /** Shown as 生成时间 (default now). */
  generatedAt?: Date;
  /** The office's offset from UTC for times shown in the workbook (default 480, Beijing time). */
  utcOffsetMinutes?: number;
  /** Definitions for the summary sheets and the 明细 columns (default the standard catalog). */
  templates?: readonly TemplateDefinition[];
}

/**
 * The 汇总表 workbook: every sheet of `summarySheets` (the same list the add-in
 * writes into Excel), then the 明细 sheets from the detail rows. Written with exceljs's streaming writer (it runs
 * in workerd under nodejs_compat): rows are committed as they are written, so
 * memory is the finished file plus whatever detail sheet is waiting its turn.
 */
export async function writeSummaryWorkbook(
  summary: Summary,
  /** null leaves the 明细 rows out (the 明细 sheet then says so): for large offices, where they dominate the time. */
  details: Iterable<DetailRow> | AsyncIterable<DetailRow> | null,
  options: SummaryWorkbookOptions = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const sink = new Writable({
    write(chunk: Uint8Array, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
  });
  const generatedAt = options.generatedAt ?? new Date();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.created = generatedAt;
  wb.creator = '台账通';
  wb.lastModifiedBy = '台账通';

  const p = summary.period;
  const subtitle = `报送期次：${p.label}（${p.start} 至 ${p.end}）　生成时间：${localTime(generatedAt.toISOString(), options.utcOffsetMinutes)}`;
  const defs = options.templates ?? catalog;
  const sheetOptions = { catalog: defs, ...(options.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: options.utcOffsetMinutes } : {}) };
  for (const sheet of summarySheets(summary, sheetOptions)) writeTable(wb, sheet, subtitle);

  const index = wb.addWorksheet('明细');
  if (details) {
    const sheets = new DetailSheets(wb, new Map(defs.map((d) => [d.id, d])));
    sheets.prepare(summary.templates.map((t) => t.id));
    for await (const d of details) sheets.add(d);
    writeIndex(index as unknown as ExcelJS.Worksheet, sheets.finish(), subtitle);
  } else {
    writeIndex(index as unknown as ExcelJS.Worksheet, null, subtitle);
  }

  await wb.commit();
  await finished;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

function writeIndex(ws: ExcelJS.Worksheet, written: { sheet: string; template: string; rows: number }[] | null, subtitle: string): void {
  ws.columns = [{ width: 30 }, { width: 34 }, { width: 10 }];
  const lines: (string | number)[][] = written
    ? [
        ['明细数据'], [subtitle], ['工作表', '台账', '行数'],
        ...written.map((w) => [w.sheet, w.template, w.rows]),
        [], ['各台账的有效行逐行列出（含单位编码、单位名称和原表行号，以及系统计算的派生列），可在对应工作表中筛选或插入数据透视表。'],
      ]
    : [['明细数据'], [subtitle], ['本次下载未包含明细。需要逐行明细时，请下载“含明细”的汇总表。']];
  lines.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
    if (i === 0 || i === 2) row.font = { bold: true };
    row.commit();
  });
  ws.commit();
}
