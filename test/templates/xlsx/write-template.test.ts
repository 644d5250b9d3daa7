import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { TemplateDefinition } from '../../../templates/model/definition.ts';
import { choice, int, percent, req, text } from '../../../templates/model/columns.ts';
import { catalog, pledgeLedger } from '../../../templates/catalog/index.ts';
import { validateFile } from '../../../templates/validate-file.ts';
import { writeBlankTemplate } from '../../../templates/xlsx/write-template.ts';
import { LAYOUT, identityColumn, infoCells } from '../../../templates/xlsx/sheet-layout.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const sheetXml = (bytes: Uint8Array, n: number): string => strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`]!);

/** Narrower than the A–F 基本信息 block, with a percent column. */
const narrow: TemplateDefinition = {
  id: 'narrow-test',
  name: '测试表',
  sheetName: '测试数据',
  version: 3,
  source: '测试',
  frequency: 'monthly',
  instructions: ['每月填写一次。'],
  columns: [
    req(text('name', '姓名', { width: 10 })),
    choice('kind', '人员类别', ['在职', '离退休返聘']),
    percent('rate', '满意率'),
    int('count', '人数', { min: 1 }),
  ],
  rowRules: [],
  sheetRules: [],
  derivedFields: [],
  derive: () => ({}),
  defaults: {},
  example: [],
};

describe('writeBlankTemplate: pledge ledger', async () => {
  const bytes = await writeBlankTemplate(pledgeLedger, { unitName: '=SUM(A1:A9)', unitCode: '001', period: '2026H1' });
  const wb = await load(bytes);
  const ws = wb.getWorksheet('承诺践诺台账')!;

  it('has 填报说明 first and the data sheet second, with identity in the document properties', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['填报说明', '承诺践诺台账']);
    expect(wb.keywords).toBe('TZT:pledge-ledger@1');
    expect(wb.creator).toBe('台账通');
    expect(wb.title).toBe('承诺践诺台账');
  });

  it('writes the title merged across the data columns', () => {
    expect(ws.getCell('A1').value).toBe('承诺践诺台账');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.size).toBe(16);
    expect(ws.getCell('L1').master.address).toBe('A1');
    expect(ws.getCell('M1').isMerged).toBe(false);
  });

  it('writes the 基本信息 block as label/value pairs in A–F', () => {
    const labels = ['A2', 'C2', 'E2', 'A3', 'C3', 'E3'].map((a) => ws.getCell(a).value);
    expect(labels).toEqual(['填报单位', '单位编码', '报送期次', '填报人', '联系电话', '填报日期']);
    expect(ws.getCell('A2').font.bold).toBe(true);
    expect(ws.getCell('A2').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } });
    expect(ws.getCell('B3').border.bottom?.style).toBe('thin');
    expect(ws.getCell('F3').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('F3').dataValidation.type).toBe('date');
    expect(ws.getCell('B3').dataValidation.prompt).toBe('填写经办人姓名');
  });

  it('prefills user text verbatim as text, never as a formula', () => {
    const unit = ws.getCell('B2');
    expect(unit.type).toBe(ExcelJS.ValueType.String);
    expect(unit.value).toBe('=SUM(A1:A9)');
    expect(unit.numFmt).toBe('@');
    expect(ws.getCell('D2').value).toBe('001');
    expect(ws.getCell('F2').value).toBe('2026年上半年');
    expect(sheetXml(bytes, 2)).not.toContain('<f>');
  });

  it('writes the header row with * on required columns, frozen and filtered', () => {
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      '序号', '承诺主体*', '承诺单位或承诺人*', '所在党支部*', '承诺类别*', '承诺事项*',
      '践诺措施*', '完成时限*', '完成情况*', '实际完成日期', '群众评价', '备注',
    ]);
    expect(ws.getCell('B4').font.bold).toBe(true);
    expect(ws.getCell('B4').alignment.wrapText).toBe(true);
    expect(ws.getCell('F4').note).toBe('写明可量化、能完成、易考核的目标，如“办结群众来信30件”');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.autoFilter).toBe('A4:L4');
  });

  it('hides the identity marker two columns right of the last data column', () => {
    const col = identityColumn(12);
    expect(col).toBe(14);
    expect(ws.getCell(1, 14).value).toBe('TZT:pledge-ledger@1');
    expect(ws.getCell(1, 14).font.color?.argb).toBe('FFFFFFFF');
    expect(ws.getColumn(14).hidden).toBe(true);
    expect(ws.getColumn(12).hidden).toBe(false);
  });

  it('formats data columns so typed text stays text', () => {
    expect(ws.getColumn(3).numFmt).toBe('@');
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(ws.getColumn(1).numFmt).toBe('0');
    expect(ws.getColumn(8).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(6).width).toBe(36);
  });

  it('validates data rows 5..2004 with drop-downs, dates and whole numbers', () => {
    expect(ws.getCell('B5').dataValidation).toMatchObject({
      type: 'list', formulae: ['"党组织,党员"'], allowBlank: true, showErrorMessage: true,
      errorTitle: '输入值无效', error: '“承诺主体”只能从下拉列表中选择：党组织、党员',
    });
    expect(ws.getCell('I2004').dataValidation.formulae).toEqual(['"未开始,推进中,已完成,未完成"']);
    expect(ws.getCell('B2005').dataValidation).toBeUndefined();
    expect(ws.getCell('B4').dataValidation).toBeUndefined();
    expect(ws.getCell('H100').dataValidation).toMatchObject({ type: 'date', operator: 'between' });
    expect(ws.getCell('A5').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
  });

  it('writes each validation as one range, not per cell', () => {
    const xml = sheetXml(bytes, 2);
    expect(xml.match(/<dataValidation /g)?.length).toBe(12 + 6);
    expect(xml).toContain('sqref="B5:B2004"');
    expect(xml).toContain('sqref="L5:L2004"');
  });

  it('explains every column, rule, deadline and the version in 填报说明', () => {
    const info = wb.getWorksheet('填报说明')!;
    const texts: string[] = [];
    info.eachRow((row) => {
      const cells: string[] = [];
      // A merged paragraph reads back once per cell; keep its master only.
      row.eachCell((c) => void (c.master.address === c.address && cells.push(String(c.value))));
      texts.push(cells.join('|'));
    });
    expect(texts[0]).toBe('承诺践诺台账填报说明');
    expect(texts).toContain('列名|是否必填|类型/格式|可选值|填写要求');
    expect(texts).toContain('承诺主体*|是|下拉选择|党组织、党员|从下拉列表中选择：党组织、党员');
    expect(texts).toContain('实际完成日期|否|日期（如 2026-07-15）|—|填写日期，如 2026-07-15');
    for (const rule of [...pledgeLedger.rowRules, ...pledgeLedger.sheetRules]) {
      expect(texts.some((t) => t.endsWith(rule.describe))).toBe(true);
    }
    expect(texts.some((t) => t.includes('上半年台账于7月15日前报送，下半年台账于次年1月15日前报送'))).toBe(true);
    expect(texts.some((t) => t.includes('模板版本 v1'))).toBe(true);
    expect(texts.some((t) => t.includes('隐藏的模板标识，请勿删除'))).toBe(true);
    expect(info.getColumn(5).width).toBe(56);
    expect(info.getCell('A1').alignment.wrapText).toBe(true);
  });
});

describe('writeBlankTemplate: a template narrower than the info block', async () => {
  const bytes = await writeBlankTemplate(narrow, { rows: 10 });
  const wb = await load(bytes);
  const ws = wb.getWorksheet('测试数据')!;

  it('keeps the block in A–F and the identity right of it', () => {
    expect(ws.getCell('E3').value).toBe('填报日期');
    expect(ws.getCell('F1').master.address).toBe('A1');
    expect(identityColumn(4)).toBe(8);
    expect(ws.getCell('H1').value).toBe('TZT:narrow-test@3');
    expect(ws.getColumn(8).hidden).toBe(true);
    expect(ws.getCell('B2').value).toBeNull();
    expect(wb.keywords).toBe('TZT:narrow-test@3');
  });

  it('bounds percent and int columns and honours the rows option', () => {
    expect(ws.getCell('C5').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1] });
    expect(ws.getCell('D5').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [1] });
    expect(ws.getColumn(3).numFmt).toBe('0.0%');
    expect(sheetXml(bytes, 2)).toContain('sqref="B5:B14"');
    expect(ws.getCell('B15').dataValidation).toBeUndefined();
  });

  it('states the monthly deadline', () => {
    const info = wb.getWorksheet('填报说明')!;
    const all: string[] = [];
    info.eachRow((row) => row.eachCell((c) => all.push(String(c.value))));
    expect(all).toContain('每月报送一次，于当月月末前报送。具体截止日期以机关党委通知为准，逾期报送的将登记为“逾期报送”。');
    expect(all).toContain('姓名*');
  });

  it('rejects a non-positive row count', async () => {
    await expect(writeBlankTemplate(narrow, { rows: 0 })).rejects.toThrow(RangeError);
  });
});

describe('the validator reads generated templates back', () => {
  it('recognises every blank template by its identity and reads the prefilled 基本信息', async () => {
    for (const def of catalog) {
      const v = validateFile(await writeBlankTemplate(def, { unitName: '=1+1', unitCode: '007', period: '2026H1' }), 'blank.xlsx', { today: '2026-07-01' });
      expect(v.report.template).toEqual({ id: def.id, name: def.name, version: def.version, detectedBy: 'identity' });
      expect(v.report.sheet).toBe(def.sheetName);
      expect(v.report.headerRow).toBe(4);
      expect(v.info).toEqual({ unitName: '=1+1', unitCode: '007', period: '2026H1' });
      // A blank template is not a submission: its one error is the missing rows.
      expect(v.report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['sheet/no-rows']);
    }
  });

  it('validates a row typed into the blank pledge template', async () => {
    const wb = await load(await writeBlankTemplate(pledgeLedger, { unitName: '第一党支部', period: '2026H1' }));
    const ws = wb.getWorksheet('承诺践诺台账')!;
    ws.getCell('F3').value = new Date(Date.UTC(2026, 6, 10));
    ws.getRow(5).values = [
      1, '党员', '张三', '第一党支部', '服务承诺', '每月走访群众2次', '建立走访台账',
      new Date(Date.UTC(2026, 5, 30)), '已完成', new Date(Date.UTC(2026, 5, 20)), '满意',
    ];
    const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const v = validateFile(filled, 'filled.xlsx');
    expect(v.info).toEqual({ unitName: '第一党支部', period: '2026H1', fillDate: '2026-07-10' });
    expect(v.report.stats).toMatchObject({ rowsRead: 1, rowsValid: 1, errors: 0 });
    expect(v.rows[0]).toMatchObject({
      row: 5,
      values: {
        seq: 1, subjectType: '党员', pledger: '张三', branch: '第一党支部', category: '服务承诺', pledge: '每月走访群众2次',
        measures: '建立走访台账', deadline: '2026-06-30', status: '已完成', completedOn: '2026-06-20', rating: '满意', remarks: null,
      },
    });
  });
});

describe('sheet layout', () => {
  it('places every 基本信息 field', () => {
    expect(infoCells('unitName')).toEqual({ label: { row: 2, col: 1 }, value: { row: 2, col: 2 } });
    expect(infoCells('fillDate')).toEqual({ label: { row: 3, col: 5 }, value: { row: 3, col: 6 } });
    expect(LAYOUT.firstDataRow).toBe(5);
  });
});
