import ExcelJS from 'exceljs';

/**
 * A realistic filled ledger (承诺践诺台账-shaped): Chinese names and
 * sentences, enums, dates with a date format, numbers; written by exceljs so
 * it has shared strings and styles like a real upload.
 */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英'.split('');
const BRANCHES = Array.from({ length: 12 }, (_, i) => `机关第${'一二三四五六七八九十'[i % 10]}${i >= 10 ? '分' : ''}党支部`);
const STATUS = ['未开始', '推进中', '已完成', '未完成'];
const ITEMS = ['为群众办实事', '开展志愿服务', '走访困难党员', '完成业务培训', '整改问题清单', '撰写调研报告'];
const RATINGS = ['满意', '基本满意', '不满意'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export async function ledgerBytes(rows: number, columns: 8 | 12): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('承诺践诺台账');
  const header = ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '完成时限', '完成情况'];
  if (columns === 12) header.push('践诺措施', '实际完成日期', '群众评价', '备注');
  ws.addRow(header);
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const person = `${pick(SURNAMES, i * 7)}${pick(GIVEN, i * 13)}${i % 3 ? pick(GIVEN, i) : ''}`;
    const row: (string | number | Date)[] = [
      i + 1,
      i % 5 ? '党员' : '党组织',
      person,
      pick(BRANCHES, i),
      i % 4 ? '服务承诺' : '实事承诺',
      `${pick(ITEMS, i)}${(i % 9) + 1}次，完成率达到${80 + (i % 20)}%`,
      new Date(base + ((i * 37) % 360) * 86_400_000),
      pick(STATUS, i),
    ];
    if (columns === 12) {
      row.push(`每月${(i % 4) + 1}次，由${pick(BRANCHES, i + 3)}督促落实`, new Date(base + ((i * 11) % 300) * 86_400_000), pick(RATINGS, i), i % 10 ? '' : '需跟进');
    }
    ws.addRow(row);
  }
  ws.getColumn(7).numFmt = 'yyyy-mm-dd';
  if (columns === 12) ws.getColumn(10).numFmt = 'yyyy-mm-dd';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
