import { describe, expect, it } from 'vitest';
import { catalog } from '../../../templates/catalog/index.ts';
import type { CellValue } from '../../../templates/model/grid.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';
import { grid, sheet } from '../../fixtures/grids.ts';

const HEADER = ['问题来源*', '问题描述*', '整改措施*', '责任单位*', '责任人*', '整改时限*', '整改状态*', '完成日期', '复验结果', '备注'];
const row = (deadline: CellValue): CellValue[] => ['自查', '学习记录不全', '补齐记录', '第一党支部', '张三', deadline, '整改中', '', '', ''];

const ledger = (period: string, fillDate: CellValue, rows: CellValue[][], numberFormats?: string[][]) =>
  grid([
    sheet('整改台账', [
      ['整改台账'],
      ['填报单位', '综合处党支部', '单位编码', 'ZH-01', '报送期次', period],
      ['填报人', '王芳', '联系电话', '0571-88000000', '填报日期', fillDate],
      HEADER,
      ...rows,
    ], numberFormats ? { numberFormats } : {}),
  ]);

describe('bare month-days take the year of the reporting period', () => {
  it('2026H2: 填报日期 1月8日 and 整改时限 1月10日 are in January 2027', () => {
    const r = validateGrid(ledger('2026年下半年', '1月8日', [row('1月10日'), row('12月20日')]), catalog, { today: '2027-01-12' });
    expect(r.info.fillDate).toBe('2027-01-08');
    expect(r.rows.map((x) => x.values.deadline)).toEqual(['2027-01-10', '2026-12-20']);
    // Judged on 2027-01-08, the item due 2027-01-10 is not overdue; the one due 2026-12-20 is.
    expect(r.rows.map((x) => x.derived.overdue)).toEqual([false, true]);
    expect(r.report.issues).toEqual([]);
  });

  it('2026H1: 7月10日 is in July 2026 and 12月31日 is the year-end deadline', () => {
    const r = validateGrid(ledger('2026年上半年', '7月10日', [row('12月31日'), row('1月10日')]), catalog, { today: '2026-07-12' });
    expect(r.info.fillDate).toBe('2026-07-10');
    expect(r.rows.map((x) => x.values.deadline)).toEqual(['2026-12-31', '2026-01-10']);
  });

  it('a slot period given by the caller decides when the file names none', () => {
    const r = validateGrid(ledger('', '1月8日', [row('1月10日')]), catalog, { today: '2027-01-12', period: '2026H2' });
    expect(r.info.fillDate).toBe('2027-01-08');
    expect(r.rows[0]!.values.deadline).toBe('2027-01-10');
  });
});

describe('serials beyond Excel\'s dates', () => {
  it.each([1e9, 1e15, 1e308])('%s in a date-formatted cell is a cell/date error at that cell', (n) => {
    const formats = [[], [], [], [], ['', '', '', '', '', 'yyyy-mm-dd']];
    const r = validateGrid(ledger('2026年下半年', '2027-01-08', [row(n)], formats), catalog, { today: '2027-01-12' });
    expect(r.report.template?.id).toBe('rectification-ledger');
    expect(r.report.issues).toEqual([
      {
        severity: 'error', code: 'cell/date', file: '测试.xlsx', sheet: '整改台账', cell: 'F5', row: 5,
        column: { key: 'deadline', header: '整改时限' }, value: n, expected: '2026-07-15',
      },
    ]);
  });

  it('in the 填报日期 it is an unreadable 基本信息 value, not a crash', () => {
    const formats = [[], [], ['', '', '', '', '', 'yyyy-mm-dd']];
    const r = validateGrid(ledger('2026年下半年', 1e15, [row('2026-12-31')], formats), catalog, { today: '2027-01-12' });
    expect(r.report.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['info/invalid@F3']);
  });
});
