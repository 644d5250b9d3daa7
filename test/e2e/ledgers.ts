import ExcelJS from 'exceljs';
import { pledgeLedger } from '../../templates/catalog/index.ts';
import type { CellValue, Grid } from '../../templates/model/grid.ts';
import { writeBlankTemplate } from '../../templates/xlsx/write-template.ts';

/** 承诺主体 … 群众评价 (B–K); 序号 is filled in column A. */
export type PledgeRow = [string, string, string, string, string, string, string, string, string, string];

export const UNIT = { code: 'FGW', name: '市发展改革委机关党委' } as const;

export const GOOD_ROWS: PledgeRow[] = [
  ['党组织', '第一党支部', '第一党支部', '实事承诺', '为社区办实事5件', '结对共建', '2026-06-30', '已完成', '2026-06-15', '满意'],
  ['党员', '张三', '第一党支部', '服务承诺', '办结来信30件', '每周处理', '2026-06-30', '推进中', '', ''],
  ['党员', '李四', '第一党支部', '实事承诺', '走访群众20户', '每月走访', '2026-05-31', '已完成', '2026-05-20', '满意'],
];

/**
 * The same three rows as staff really type them: a date in words (H6), an
 * enum variant that is not on the list (E7), a required cell left empty (F7).
 */
export const MESSY_ROWS: PledgeRow[] = [
  GOOD_ROWS[0]!,
  ['党员', '张三', '第一党支部', '服务承诺', '办结来信30件', '每周处理', '下个月', '推进中', '', ''],
  ['党员', '李四', '第一党支部', '其他承诺', '', '每月走访', '2026-05-31', '已完成', '2026-05-20', '满意'],
];

/** The generated blank template, filled the way a unit's staff would in Excel or WPS. */
export async function filledPledgeXlsx(rows: PledgeRow[]): Promise<Uint8Array> {
  const blank = await writeBlankTemplate(pledgeLedger, { unitName: UNIT.name, unitCode: UNIT.code, period: '2026H1', rows: 20 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('承诺践诺台账')!;
  ws.getCell('B3').value = '王芳';
  ws.getCell('F3').value = '2026-07-10';
  rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    row.values = [i + 1, ...r];
    row.commit();
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const HEADERS = ['序号', '承诺主体*', '承诺单位或承诺人*', '所在党支部*', '承诺类别*', '承诺事项*', '践诺措施*', '完成时限*', '完成情况*', '实际完成日期', '群众评价', '备注'];

/** The same ledger as the open workbook the task pane reads (what Office.js would hand over). */
export function pledgeGrid(rows: PledgeRow[]): Grid {
  const values: CellValue[][] = [
    ['承诺践诺台账'],
    ['填报单位', UNIT.name, '单位编码', UNIT.code, '报送期次', '2026年上半年'],
    ['填报人', '王芳', '联系电话', '0571-88000000', '填报日期', '2026-07-10'],
    HEADERS,
    ...rows.map((r, i): CellValue[] => [i + 1, ...r, '']),
  ];
  return { sheets: [{ name: '承诺践诺台账', values }], source: { kind: 'workbook', name: '承诺践诺台账.xlsx' } };
}
