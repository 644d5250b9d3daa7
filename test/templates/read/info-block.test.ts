import { describe, expect, it } from 'vitest';
import { readInfoBlock } from '../../../templates/read/info-block.ts';
import { SheetView } from '../../../templates/read/sheet-access.ts';
import { sheet } from '../../fixtures/grids.ts';

const read = (values: Parameters<typeof sheet>[1], extra = {}) => {
  const view = new SheetView(sheet('台账', values, extra));
  return readInfoBlock([{ view, rowEnd: view.rowEnd }], 'a.xlsx');
};

describe('readInfoBlock', () => {
  it('reads label | value pairs, serial dates and period wording', () => {
    const r = read(
      [
        ['填报单位', '市财政局机关党委', '单位编码', 'CZJ', '报送期次', '2026年上半年'],
        ['填报人', '李明', '联系电话', 13800000000, '填报日期', 46213],
      ],
      { numberFormats: [[], ['General', 'General', 'General', 'General', 'General', 'yyyy-mm-dd']] },
    );
    expect(r.info).toEqual({ unitName: '市财政局机关党委', unitCode: 'CZJ', period: '2026H1', filler: '李明', phone: '13800000000', fillDate: '2026-07-10' });
    expect(r.issues).toEqual([]);
  });

  it('reads "label：value" in one cell and label variants', () => {
    const r = read([['填报单位（盖章）：市水利局机关党委', '', '填表日期：2026年7月9日']]);
    expect(r.info).toEqual({ unitName: '市水利局机关党委', fillDate: '2026-07-09' });
  });

  it('warns about empty needed fields and unreadable values, naming the cell', () => {
    const r = read([
      ['填报单位', '', '单位编码', '', '报送期次', '今年'],
      ['填报人', '', '联系电话', '', '填报日期', '下周一'],
    ]);
    expect(r.info).toEqual({});
    expect(r.issues).toEqual([
      { severity: 'warning', code: 'info/missing', file: 'a.xlsx', sheet: '台账', cell: 'B1', column: { key: 'unitName', header: '填报单位' } },
      { severity: 'warning', code: 'info/invalid', file: 'a.xlsx', sheet: '台账', cell: 'F1', column: { key: 'period', header: '报送期次' }, value: '今年', expected: '2026H1' },
      { severity: 'warning', code: 'info/invalid', file: 'a.xlsx', sheet: '台账', cell: 'F2', column: { key: 'fillDate', header: '填报日期' }, value: '下周一', expected: '2026-07-15' },
    ]);
  });

  it('says nothing when there is no block at all', () => {
    expect(read([['序号', '姓名']])).toEqual({ info: {}, issues: [], places: {} });
  });

  it('reads a bare 1月8日 填报日期 in the filing month after a 下半年 period', () => {
    expect(read([['报送期次：2026年下半年', '填报日期：1月8日']]).info).toEqual({ period: '2026H2', fillDate: '2027-01-08' });
    expect(read([['报送期次：2026年上半年', '填报日期：7月8日']]).info).toEqual({ period: '2026H1', fillDate: '2026-07-08' });
  });
});

describe('readInfoBlock on 基本信息 typed as one line', () => {
  const LINE_1 = '综合处党支部    单位编码:ZH-01    报送期次:2026年下半年    填报日期:2027-01-08';
  const LINE_2 = '填报单位：信访室党支部（单位编码：XF-02）报送期次：2026年下半年 填报日期：2027年1月8日';
  const ZH = { unitName: '综合处党支部', unitCode: 'ZH-01', period: '2026H2', fillDate: '2027-01-08' };
  const XF = { unitName: '信访室党支部', unitCode: 'XF-02', period: '2026H2', fillDate: '2027-01-08' };

  it.each([
    ['the whole line in one cell', [[LINE_1]], ZH],
    ['the line in the value cell of 填报单位', [['填报单位', LINE_1]], ZH],
    ['labels in brackets and full-width colons', [[LINE_2]], XF],
    ['no separators at all', [['填报单位:信访室党支部单位编码:XF-02报送期次:2026年下半年填报日期:2027年1月8日']], XF],
    ['full-width colons and ideographic spaces', [['填报单位：信访室党支部\u3000\u3000单位编码：XF-02\u3000报送期次：2026年下半年\u3000填报日期：2027年1月8日']], XF],
    ['one row of several cells, the unit unlabelled', [['综合处党支部', '单位编码:ZH-01', '报送期次:2026年下半年', '填报日期:2027-01-08']], ZH],
    ['labels without colons between spaces', [['填报单位 信访室党支部 单位编码 XF-02 报送期次 2026年下半年 填报日期 2027年1月8日']], XF],
    ['a line split over two cells', [['填报单位：信访室党支部（单位编码：XF-02）', '报送期次：2026年下半年 填报日期：2027年1月8日']], XF],
    ['【】 brackets and a seal suffix', [['填报单位（盖章）：信访室党支部【单位编码：XF-02】报送期次：2026年下半年；填报日期：2027年1月8日']], XF],
    ['bracketed notes on labels', [['填报单位（章）：信访室党支部 单位编码（代码）：XF-02 报送期次：2026年下半年 填报日期：2027年1月8日']], XF],
  ])('%s', (_, rows, expected) => {
    const r = read(rows as Parameters<typeof sheet>[1]);
    expect(r.info).toEqual(expected);
    expect(r.issues).toEqual([]);
  });

  it('never takes a string holding other labels for the unit name', () => {
    for (const text of [LINE_1, LINE_2, `填报单位：${LINE_1}`]) {
      const { unitName } = read([[text]]).info;
      expect(unitName).toBeDefined();
      expect(unitName).not.toMatch(/单位编码|报送期次|填报日期|[:：]/);
    }
  });

  it('points each field at the cell it was typed in', () => {
    const r = read([['填报单位', LINE_1], ['填报人', '王芳']]);
    expect(r.places).toEqual({
      unitName: { sheet: '台账', cell: 'B1' }, unitCode: { sheet: '台账', cell: 'B1' }, period: { sheet: '台账', cell: 'B1' },
      fillDate: { sheet: '台账', cell: 'B1' }, filler: { sheet: '台账', cell: 'B2' },
    });
  });

  it('keeps label words that are part of a name, and brackets that belong to it', () => {
    expect(read([['填报单位：市电话局第一党支部（机关） 单位编码：DH-1']]).info).toEqual({ unitName: '市电话局第一党支部（机关）', unitCode: 'DH-1' });
  });

  it('does not take a title for the unit name', () => {
    expect(read([['2026年下半年整改台账'], ['单位编码：ZH-01', '报送期次：2026年下半年']]).info).toEqual({ unitCode: 'ZH-01', period: '2026H2' });
    expect(read([['2026年下半年整改台账  单位编码：ZH-01']]).info).toEqual({ unitCode: 'ZH-01' });
  });

  it('prefers an explicit 填报单位 over an unlabelled name', () => {
    expect(read([['综合处党支部  单位编码：ZH-01'], ['填报单位：信访室党支部']]).info).toEqual({ unitName: '信访室党支部', unitCode: 'ZH-01' });
  });

  it('still warns about a labelled field left empty inside a line', () => {
    const r = read([['填报单位：信访室党支部 报送期次： 填报日期：2027-01-08']]);
    expect(r.info).toEqual({ unitName: '信访室党支部', fillDate: '2027-01-08' });
    expect(r.issues).toEqual([
      { severity: 'warning', code: 'info/missing', file: 'a.xlsx', sheet: '台账', cell: 'A1', column: { key: 'period', header: '报送期次' } },
    ]);
  });
});

