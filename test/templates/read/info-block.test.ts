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
});
