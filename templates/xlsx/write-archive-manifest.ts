import { writeListWorkbook, type ListColumn } from './write-list-workbook.ts';

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
  /**
   * 逐级审核: who approved it and when (「综合业务党总支 审核通过 2026-07-16 10:30」),
   * 待审核, or empty when its ledger needed no review.
   */
  review: string;
  counted: boolean;
  /** Path inside the archive, or why there is none. */
  file: string;
  sha256: string;
  /** As written, after 「（综合业务党总支）」 when a level below the 机关党委 returned it. */
  returnComment: string;
}

const COLUMNS: ListColumn<ManifestLine>[] = [
  { header: '单位编码', width: 12, value: (l) => l.unitCode },
  { header: '单位名称', width: 26, value: (l) => l.unitName },
  { header: '台账', width: 24, value: (l) => l.ledger },
  { header: '版本', width: 6, value: (l) => l.version },
  { header: '报送时间', width: 17, value: (l) => l.sentAt },
  { header: '状态', width: 14, value: (l) => l.state },
  { header: '审核', width: 40, value: (l) => l.review, wrap: true },
  { header: '计入汇总', width: 9, value: (l) => (l.counted ? '是' : '否') },
  { header: '归档文件', width: 48, value: (l) => l.file },
  { header: 'SHA-256', width: 66, value: (l) => l.sha256 },
  { header: '退回意见', width: 40, value: (l) => l.returnComment, wrap: true },
];

/**
 * 归档清单: every version of the period, one row each, so the filed archive
 * says what each original is, whether it counted and why not. Written with
 * the summary's streaming writer (text stays text, never a formula) and
 * printed like the summary: A4 landscape, header row and unit columns repeated.
 */
export function writeArchiveManifest(title: string, subtitle: string, lines: readonly ManifestLine[], created: Date): Promise<Uint8Array> {
  return writeListWorkbook('归档清单', title, subtitle, COLUMNS, lines, created);
}
