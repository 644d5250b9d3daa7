import ExcelJS from 'exceljs';
import { asText } from './write-summary-table.ts';
import { align, fills, fonts, thinBox } from './write-styles.ts';

/** One stored version of one slot, as the archive's 归档清单 lists it. */
export interface ManifestLine {
  unitCode: string;
  unitName: string;
  ledger: string;
  version: number;
  /** Local time, to the minute. */
  sentAt: string;
  /** 按时报送 / 逾期报送 / 已退回 / 未通过校验 … */
  state: string;
  counted: boolean;
  /** Path inside the archive, or why there is none. */
  file: string;
  sha256: string;
  returnComment: string;
}

const COLUMNS: { header: string; width: number; value: (l: ManifestLine) => string | number }[] = [
  { header: '单位编码', width: 12, value: (l) => l.unitCode },
  { header: '单位名称', width: 26, value: (l) => l.unitName },
  { header: '台账', width: 24, value: (l) => l.ledger },
  { header: '版本', width: 6, value: (l) => l.version },
  { header: '报送时间', width: 17, value: (l) => l.sentAt },
  { header: '状态', width: 12, value: (l) => l.state },
  { header: '计入汇总', width: 9, value: (l) => (l.counted ? '是' : '否') },
  { header: '归档文件', width: 48, value: (l) => l.file },
  { header: 'SHA-256', width: 66, value: (l) => l.sha256 },
  { header: '退回意见', width: 40, value: (l) => l.returnComment },
];

/**
 * 归档清单: every version of the period, one row each, so the filed archive
 * says what each original is, whether it counted and why not. Small (one row
 * per version), so it is written in memory.
 */
export async function writeArchiveManifest(title: string, subtitle: string, lines: readonly ManifestLine[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '台账通';
  const ws = wb.addWorksheet('归档清单', {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
    headerFooter: { oddFooter: `&C${title}　第 &P 页，共 &N 页` },
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.getCell('A1').value = asText(title);
  ws.getCell('A1').font = fonts.title;
  ws.getCell('A2').value = asText(subtitle);
  ws.getCell('A2').font = fonts.body;
  const header = ws.getRow(3);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = fonts.label;
    cell.fill = fills.header;
    cell.border = thinBox;
    cell.alignment = align.center;
  });
  lines.forEach((l, r) => {
    const row = ws.getRow(4 + r);
    COLUMNS.forEach((c, i) => {
      const v = c.value(l);
      const cell = row.getCell(i + 1);
      cell.value = typeof v === 'string' ? asText(v) : v;
      cell.border = thinBox;
    });
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + Math.max(1, lines.length), column: COLUMNS.length } };
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
