import { describe, expect, it } from 'vitest';
import { pledgeLedger } from '../../../templates/catalog/pledge-ledger.ts';
import { findHeader } from '../../../templates/read/find-header.ts';
import { SheetView } from '../../../templates/read/sheet-access.ts';
import { PLEDGE_HEADER, sheet } from '../../fixtures/grids.ts';

const keysOf = (m: ReturnType<typeof findHeader>) => [...(m?.columns ?? [])].map(([c, d]) => `${c}:${d.key}`);

describe('findHeader', () => {
  it('finds the header under a title and the 基本信息 block', () => {
    const m = findHeader(new SheetView(sheet('s', [['承诺践诺台账'], ['填报单位', 'x'], [], PLEDGE_HEADER])), pledgeLedger);
    expect(m?.row).toBe(3);
    expect(m?.columns.size).toBe(12);
    expect(m?.missing).toEqual([]);
  });

  it('matches moved columns, variants, full-width stars, spaces and extra columns', () => {
    const header = ['承诺人', '＊承诺主体', '所在支部', '承诺类型', '承 诺 事 项', '联系人', '践诺措施', '完成期限*', '完成状态', '备注'];
    const m = findHeader(new SheetView(sheet('改名了', [header])), pledgeLedger);
    expect(keysOf(m)).toEqual([
      '0:pledger', '1:subjectType', '2:branch', '3:category', '4:pledge', '6:measures', '7:deadline', '8:status', '9:remarks',
    ]);
    expect(m?.extra).toEqual([{ col: 5, text: '联系人' }]);
    expect(m?.missing.map((c) => c.key)).toEqual(['seq', 'completedOn', 'rating']);
    expect(m?.requiredFound).toBe(8);
  });

  it('reads a two-row header: merged group over sub-headers and cells merged down', () => {
    const s = sheet(
      's',
      [
        ['承诺践诺台账'],
        ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成情况及评价', '', '', ''],
        ['', '', '', '', '', '', '', '完成时限', '完成情况', '实际完成日期', '群众评价'],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:K2'] },
    );
    const m = findHeader(new SheetView(s), pledgeLedger);
    expect(m?.row).toBe(2);
    expect(m?.columns.size).toBe(11);
    expect(m?.missing.map((c) => c.key)).toEqual(['remarks']);
  });

  it('reports a column given twice', () => {
    const m = findHeader(new SheetView(sheet('s', [[...PLEDGE_HEADER, '承诺事项']])), pledgeLedger);
    expect(m?.duplicates.map((d) => [d.col, d.def.key, d.firstCol])).toEqual([[12, 'pledge', 5]]);
  });

  it('honours a grid that does not start at A1 (Office.js usedRange)', () => {
    const m = findHeader(new SheetView(sheet('s', [PLEDGE_HEADER], { origin: { row: 5, col: 2 } })), pledgeLedger);
    expect(m?.row).toBe(5);
    expect([...m!.columns.keys()][0]).toBe(2);
  });
});
