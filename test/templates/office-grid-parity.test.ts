import { describe, expect, it } from 'vitest';
import { catalog } from '../../templates/catalog/index.ts';
import type { Report } from '../../templates/model/issue.ts';
import { validateGrid } from '../../templates/read/validate-grid.ts';
import { readWorkbook } from '../../templates/xlsx/read-workbook.ts';
import { specToOfficeGrid, specToXlsx, type SheetSpec } from '../fixtures/workbook-spec.ts';

const info = (period: string) => [
  ['填报单位', '市发展改革委机关党委', '单位编码', 'FGW', '报送期次', period],
  ['填报人', '王芳', '联系电话', '0571-88000000', '填报日期', { date: '2026-07-10', numFmt: 'yyyy"年"m"月"d"日"' }],
];

const pledge: SheetSpec = {
  name: '我的承诺台账',
  merges: ['A1:L1'],
  rows: [
    ['承诺践诺台账（2026年上半年）'],
    ...info('2026年上半年'),
    ['序号', '承诺主体', '承诺人', '所在支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况', '实际完成日期', '群众评价', '备注'],
    [{ formula: 'ROW()-4', result: 1 }, '党组织', '第一党支部', '第一党支部', '实事承诺', '为社区办实事5件', '结对共建', { date: '2026-06-30' }, '已完成', { date: '2026-06-15', numFmt: 'm/d/yyyy' }, '满意', ''],
    [{ formula: 'ROW()-4', result: 2 }, '党员 ', '张三', '第一党支部', '服务承诺', '办结来信30件', '每周处理', '2026.6.30', '完成。', '2026年6月20日', '基本满意', '=不是公式'],
    [{ formula: 'ROW()-4', result: 3 }, '党员', '李四', '第一党支部', '服务承诺', '热情服务', '', { value: 46203, numFmt: 'General' }, '推进中', '', '', ''],
    [{ formula: 'ROW()-4', result: 4 }, '党员', '王五', '第一党支部', '服务承诺', '走访10户', '走访', { date: '2026-05-01' }, '已完成', { formula: 'H9+60', result: 46203, numFmt: 'yyyy-mm-dd' }, '很满意', ''],
    [],
    ['合计', '', '', '', '', '', '', '', '', '', '', ''],
    ['填表人：王芳', '', '', '审核人：赵强'],
  ],
};

const evaluation: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['群众评议情况统计表'],
    ...info('2026H1'),
    [],
    ['评议对象', '对象类别', '所在党支部', '应参评人数', '实参评人数', '满意', '基本满意', '不满意', '不了解（弃权）', '满意率（%）', '主要意见建议', '整改措施'],
    ['第一党支部', '党组织', '第一党支部', 40, 38, 30, 6, 2, 0, { formula: '(F6+G6)/E6', result: 36 / 38, numFmt: '0.0%' }, '服务再主动些', '建立回访制度'],
    ['张三', '党员', '第一党支部', '１２', '12', 8, 2, 2, 0, '83.3%', '', ''],
    ['李四', '党员', '第一党支部', 12, 13, 5, 5, 1, 1, 0.9, '', ''],
    ['王五', '党员', '第一党支部', 12, 12, 2, 2, 8, 0, { formula: '(F9+G9)/E9', result: '#DIV/0!' }, '', ''],
  ],
};

/** Everything but where the grid came from. */
const comparable = (r: Report) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'file' ? undefined : v)));

describe('a ledger read from the file and the same ledger given by Office.js', () => {
  it.each([
    ['承诺践诺台账', pledge],
    ['群众评议情况统计表', evaluation],
  ])('give identical reports: %s', async (_, spec) => {
    const read = readWorkbook(await specToXlsx([spec]), { fileName: 'fixture.xlsx' });
    if (!read.ok) throw new Error(JSON.stringify(read.issue));
    const fromFile = validateGrid(read.grid, catalog, { today: '2026-11-21' });
    const fromOffice = validateGrid(specToOfficeGrid([spec], 'fixture.xlsx'), catalog, { today: '2026-11-21' });
    expect(fromFile.report.issues.length).toBeGreaterThan(0);
    expect(comparable(fromOffice.report)).toEqual(comparable(fromFile.report));
    expect(fromOffice.rows).toEqual(fromFile.rows);
    expect(fromOffice.info).toEqual(fromFile.info);
  });

  it('finds the expected problems in the pledge fixture', async () => {
    const read = readWorkbook(await specToXlsx([pledge]), { fileName: 'fixture.xlsx' });
    if (!read.ok) throw new Error('unreadable');
    const { report, rows, info } = validateGrid(read.grid, catalog, { today: '2026-11-21' });
    expect(info).toMatchObject({ period: '2026H1', fillDate: '2026-07-10' });
    expect(report.issues.map((i) => `${i.severity}:${i.code}@${i.cell}`)).toEqual([
      'error:cell/required@G7',
      'warning:row/not-measurable@F7',
      'error:cell/enum@K8',
    ]);
    expect(report.stats).toEqual({ rowsRead: 7, rowsValid: 2, rowsWithErrors: 2, rowsSkipped: 3, errors: 2, warnings: 1 });
    // "=不是公式" in 备注 is text typed by the user and stays text.
    expect(rows[1]!.values).toMatchObject({ subjectType: '党员', status: '已完成', deadline: '2026-06-30', completedOn: '2026-06-20', remarks: '=不是公式' });
  });
});
