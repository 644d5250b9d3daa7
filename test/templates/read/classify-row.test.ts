import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/pledge-ledger.ts';
import { classifyRow } from '../../../templates/read/classify-row.ts';
import { findHeader } from '../../../templates/read/find-header.ts';
import { SheetView } from '../../../templates/read/sheet-access.ts';
import { PLEDGE_HEADER, pledgeRow, sheet } from '../../fixtures/grids.ts';

const rows = [
  pledgeRow(1),
  [],
  ['', '', '\u3000 ', ''],
  [7],
  ['合计', '', '', '', '', '', '', '', '', '', '', ''],
  ['合 计：3项'],
  ['填表人：张三', '', '', '审核人：李四'],
  ['注：1. 承诺事项须可量化'],
  PLEDGE_HEADER,
  ['', '', '', '', '', '', '', '', '', '', '', '', '这行只在表外写了字'],
  pledgeRow(2, { 5: '合计走访群众20户' }),
  ['说明', '党员', '张三', '第一党支部', '服务承诺', '走访10户', '走访', '2026-06-30', '已完成', '2026-06-01', '', ''],
];

describe('classifyRow', () => {
  it('tells records from blank, total, signature, note and repeated header rows', () => {
    const view = new SheetView(sheet('s', [PLEDGE_HEADER, ...rows]));
    const header = findHeader(view, pledgeLedger)!;
    const got = rows.map((_, i) => classifyRow(view, i + 1, header.columns));
    expect(got).toEqual([null, 'blank', 'blank', 'blank', 'total', 'total', 'signature', 'note', 'header-repeat', 'note', null, null]);
  });

  // The add-in hands over a used range starting anywhere (here C5): columns are judged by sheet position, not array index.
  it('classifies the same rows in a grid whose origin is not A1', () => {
    const view = new SheetView(sheet('s', [PLEDGE_HEADER, ...rows], { origin: { row: 4, col: 2 } }));
    const header = findHeader(view, pledgeLedger)!;
    expect(header.columns.get(2)?.key).toBe('seq');
    const got = rows.map((_, i) => classifyRow(view, i + 5, header.columns));
    expect(got).toEqual([null, 'blank', 'blank', 'blank', 'total', 'total', 'signature', 'note', 'header-repeat', 'note', null, null]);
  });

  // The header pre-check also looks for the header's last character: it must not miss a header typed loosely.
  it('still knows a repeated header typed with spaces, full-width stars and units', () => {
    const loose = ['序 号', '承诺主体＊', '承诺单位或承诺人', '所在党支部', '承诺 类别', '承诺事项', '践诺措施', '完成时限（年月日）', '完成情况', '实际完成日期', '群众评价', '备注'];
    const view = new SheetView(sheet('s', [PLEDGE_HEADER, loose, pledgeRow(1, { 8: '完成' })]));
    const header = findHeader(view, pledgeLedger)!;
    expect([1, 2].map((row) => classifyRow(view, row, header.columns))).toEqual(['header-repeat', null]);
  });
});
