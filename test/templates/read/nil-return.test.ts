import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalog, demonstrationAction, pledgeLedger, rectificationLedger } from '../../../templates/catalog/index.ts';
import type { CellValue } from '../../../templates/model/grid.ts';
import { validateGrid } from '../../../templates/read/validate-grid.ts';
import { validateFile } from '../../../templates/validate-file.ts';
import { writeBlankTemplate } from '../../../templates/xlsx/write-template.ts';
import { grid, sheet } from '../../fixtures/grids.ts';

const HEADER = ['问题来源*', '问题描述*', '整改措施*', '责任单位*', '责任人*', '整改时限*', '整改状态*', '完成日期', '复验结果', '备注'];
const ROW: CellValue[] = ['自查', '学习记录不全', '补齐记录', '第一党支部', '张三', '2026-12-31', '整改中', '', '未复验', ''];

/** A 整改台账 as the generated layout has it, with `nil` in the declaration cells G2:H2. */
const ledger = (rows: CellValue[][], nil: CellValue[] = []) =>
  grid([
    sheet('整改台账', [
      ['整改台账'],
      ['填报单位', '综合处党支部', '单位编码', 'ZH-01', '报送期次', '2026年下半年', ...nil],
      ['填报人', '王芳', '联系电话', '0571-88000000', '填报日期', '2027-01-08'],
      HEADER,
      ...rows,
    ]),
  ]);

const check = (g: ReturnType<typeof ledger>) => validateGrid(g, catalog, { today: '2027-01-10' });

describe('an empty ledger is not a submission', () => {
  it('refuses a 整改台账 without rows and without a declaration, naming the declaration', () => {
    const r = check(ledger([]));
    expect(r.report.valid).toBe(false);
    expect(r.report.issues).toEqual([
      { severity: 'error', code: 'sheet/no-rows', file: '测试.xlsx', sheet: '整改台账', row: 4, params: { nilLabel: '本期无整改事项' } },
    ]);
    expect(r.report.nilReturn).toBeUndefined();
  });

  it('refuses a ledger whose only rows are skipped ones (a 合计 row)', () => {
    const r = check(ledger([['合计', '', '', '', '', '', '', '', '', '']]));
    expect(r.report.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['error:sheet/no-rows']);
    expect(r.report.stats).toMatchObject({ rowsRead: 1, rowsSkipped: 1, rowsValid: 0, rowsWithErrors: 0 });
  });

  it('reports rows that are all wrong as row errors, not as an empty ledger', () => {
    const r = check(ledger([['', '学习记录不全', '', '第一党支部', '张三', '下个月', '整改中', '', '', '']]));
    expect(r.report.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['cell/required@A5', 'cell/required@C5', 'cell/date@F5']);
    expect(r.report.stats).toMatchObject({ rowsWithErrors: 1, rowsValid: 0 });
  });

  it('has no nil return for a template that does not allow one', () => {
    const g = grid([sheet('承诺践诺台账', [['本期无整改事项', '是'], ['序号', '承诺主体*', '承诺单位或承诺人*', '所在党支部*', '承诺类别*', '承诺事项*', '践诺措施*', '完成时限*', '完成情况*']])]);
    const r = validateGrid(g, [pledgeLedger], { today: '2027-01-10' });
    expect(r.report.issues).toEqual([{ severity: 'error', code: 'sheet/no-rows', file: '测试.xlsx', sheet: '承诺践诺台账', row: 2 }]);
    expect(r.info.nilReturn).toBeUndefined();
  });
});

describe('the nil-return declaration', () => {
  it.each([
    ['label | 是', ['本期无整改事项', '是']],
    ['label | √', ['本期无整改事项', '√']],
    ['label | TRUE (a check box cell)', ['本期无整改事项', true]],
    ['「本期无整改事项：是」 in one cell', ['本期无整改事项：是']],
    ['a tick before the label', ['☑本期无整改事项']],
    ['a tick after it', ['本期无整改事项 ✓']],
  ])('accepts an empty 整改台账 declared as %s', (_, nil) => {
    const r = check(ledger([], nil as CellValue[]));
    expect(r.report.valid).toBe(true);
    expect(r.report.issues).toEqual([]);
    expect(r.report.nilReturn).toBe(true);
    expect(r.info).toMatchObject({ unitName: '综合处党支部', nilReturn: true });
    expect(r.rows).toEqual([]);
  });

  it('declares nothing when left blank or answered 否', () => {
    for (const nil of [['本期无整改事项', ''], ['本期无整改事项', '否']]) {
      const r = check(ledger([], nil));
      expect(r.info.nilReturn).toBeUndefined();
      expect(r.report.issues.map((i) => i.code)).toEqual(['sheet/no-rows']);
    }
  });

  it('asks for 是 when the answer cannot be read', () => {
    const r = check(ledger([], ['本期无整改事项', '也许']));
    expect(r.report.issues[0]).toEqual({
      severity: 'warning', code: 'info/invalid', file: '测试.xlsx', sheet: '整改台账', cell: 'H2',
      column: { key: 'nilReturn', header: '本期无整改事项' }, value: '也许', expected: '是',
    });
  });

  it('is ignored, with a warning at the declaration, when the ledger has rows', () => {
    const r = check(ledger([ROW, ROW.map((v, i) => (i === 1 ? '会议签到缺失' : v))], ['本期无整改事项', '是']));
    expect(r.report.valid).toBe(true);
    expect(r.report.nilReturn).toBeUndefined();
    expect(r.rows).toHaveLength(2);
    expect(r.report.issues).toEqual([
      {
        severity: 'warning', code: 'info/nil-ignored', file: '测试.xlsx', sheet: '整改台账', cell: 'H2',
        column: { key: 'nilReturn', header: '本期无整改事项' }, params: { label: '本期无整改事项', rows: 2 },
      },
    ]);
  });

  it('is written into blank templates that allow it, and read back once the unit answers 是', async () => {
    expect(rectificationLedger.nilReturn).toEqual({ label: '本期无整改事项' });
    expect(demonstrationAction.nilReturn).toEqual({ label: '本期无示范行动变化' });
    const blank = await writeBlankTemplate(rectificationLedger, { unitName: '综合处党支部', unitCode: 'ZH-01', period: '2026H2' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(blank as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('整改台账')!;
    expect(ws.getCell('G2').value).toBe('本期无整改事项');
    expect(ws.getCell('H2').value).toBeNull();
    expect(validateFile(blank, 'blank.xlsx', { today: '2027-01-10' }).report.issues.map((i) => i.code)).toEqual(['info/missing', 'sheet/no-rows']);

    ws.getCell('H2').value = '是';
    ws.getCell('F3').value = '2027-01-08';
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = validateFile(filled, 'nil.xlsx', { today: '2027-01-10' });
    expect(r.report).toMatchObject({ valid: true, nilReturn: true, issues: [], template: { id: 'rectification-ledger', detectedBy: 'identity' } });
    expect(r.info).toEqual({ unitName: '综合处党支部', unitCode: 'ZH-01', period: '2026H2', fillDate: '2027-01-08', nilReturn: true });
  });

  it('is not written into templates that do not allow it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeBlankTemplate(pledgeLedger)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('承诺践诺台账')!.getCell('G2').value).toBeNull();
  });
});
