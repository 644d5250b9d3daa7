import { writeListWorkbook, type ListColumn } from './write-list-workbook.ts';

/** One unit token issued in a batch, as the office hands it out. */
export interface IssuedTokenLine {
  unitCode: string;
  unitName: string;
  /** The plaintext: this list is the only place it is ever written. */
  token: string;
  /** Local time, to the minute. */
  issuedAt: string;
}

const COLUMNS: ListColumn<IssuedTokenLine>[] = [
  { header: '单位编码', width: 12, value: (l) => l.unitCode },
  { header: '单位名称', width: 28, value: (l) => l.unitName },
  { header: '令牌', width: 52, value: (l) => l.token },
  { header: '签发时间', width: 17, value: (l) => l.issuedAt },
];

/**
 * 单位令牌: the tokens of a one-click issue, one row per unit, for the office
 * to hand out (printed like the 催报名单, unit columns repeated on each page).
 */
export function writeTokenList(title: string, subtitle: string, lines: readonly IssuedTokenLine[], created: Date): Promise<Uint8Array> {
  return writeListWorkbook('单位令牌', title, subtitle, COLUMNS, lines, created);
}
