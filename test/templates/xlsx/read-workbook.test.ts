import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, readWorkbook, type ReadResult } from '../../../templates/xlsx/read-workbook.ts';
import type { Grid } from '../../../templates/model/grid.ts';
import { excelBytes, packageBytes, worksheet } from './fixtures.ts';

const grid = (r: ReadResult): Grid => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.issue)}`);
  return r.grid;
};

describe('readWorkbook on workbooks written by exceljs', () => {
  it('reads values, formats, merges, hidden sheets and the identity keyword', async () => {
    const bytes = await excelBytes((wb) => {
      wb.keywords = 'TZT:pledge-ledger@1';
      const ws = wb.addWorksheet('承诺践诺台账');
      ws.addRow(['序号', '承诺单位或承诺人', '完成时限', '满意率', '金额']);
      ws.addRow([1, '第一党支部 & <机关>', new Date(Date.UTC(2026, 6, 15)), 0.955, 1234.5]);
      ws.getCell('C2').numFmt = 'yyyy-mm-dd';
      ws.getCell('D2').numFmt = '0.00%';
      ws.getCell('E2').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('A3').value = { formula: 'A2*2', result: 2 };
      ws.getCell('B3').value = { formula: 'B2&"X"', result: '第一党支部X' };
      ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('D3').value = { formula: 'NOW()' };
      ws.getCell('F3').value = { richText: [{ text: '已', font: { bold: true } }, { text: '完成' }] };
      ws.getCell('G3').value = false;
      ws.mergeCells('A5:C5');
      ws.getCell('A5').value = '合计';
      const hidden = wb.addWorksheet('名册');
      hidden.state = 'hidden';
      hidden.getCell('B2').value = '张三';
    });
    const g = grid(readWorkbook(bytes, { fileName: '一支部.xlsx' }));
    expect(g.source).toEqual({ kind: 'file', name: '一支部.xlsx' });
    expect(g.identity).toBe('TZT:pledge-ledger@1');
    expect(g.sheets.map((s) => [s.name, s.hidden])).toEqual([['承诺践诺台账', false], ['名册', true]]);
    const [data, roster] = g.sheets;
    expect(data!.values).toEqual([
      ['序号', '承诺单位或承诺人', '完成时限', '满意率', '金额'],
      [1, '第一党支部 & <机关>', 46218, 0.955, 1234.5],
      [2, '第一党支部X', '#DIV/0!', '', '', '已完成', false],
      [],
      ['合计'],
    ]);
    expect(data!.origin).toEqual({ row: 0, col: 0 });
    expect(data!.numberFormats![1]).toEqual(['General', 'General', 'yyyy-mm-dd', '0.00%', 'yyyy"年"m"月"d"日"']);
    expect(data!.numberFormats![0]).toEqual([]);
    expect(data!.merges).toEqual(['A5:C5']);
    expect(roster!.values).toEqual([[], ['', '张三']]);
    expect(roster!.numberFormats).toEqual([]);
  });

  it('keeps 1904-system dates 1900-based and leaves plain numbers alone', async () => {
    const bytes = await excelBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2026, 6, 15));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('B1').value = 100;
    });
    const s = grid(readWorkbook(bytes, { fileName: 'x.xlsx' })).sheets[0]!;
    expect(s.values).toEqual([[46218, 100]]);
  });
});

describe('readWorkbook on hand-made packages', () => {
  const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>
    <cellStyleXfs count="1"><xf numFmtId="49"/></cellStyleXfs>
    <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs>
  </styleSheet>`;

  it('reads inline strings, shared rich text, escapes and built-in formats', () => {
    const bytes = packageBytes({
      styles,
      sharedStrings: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>甲</t></si><si><r><rPr><b/></rPr><t>乙</t></r><r><t xml:space="preserve"> 丙</t></r><rPh sb="0" eb="1"><t>yi</t></rPh></si><si><t>a_x000D_b_x005F_x000D_</t></si></sst>`,
      workbookPr: '<workbookPr date1904="1"/>',
      sheets: [
        {
          name: 'A&B',
          xml: worksheet(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
              '<row r="3"><c r="B3" t="inlineStr"><is><t>&#x4E00;&#20108;&lt;&amp;</t></is></c><c r="C3" s="1"><v>44756</v></c><c r="D3" s="2"><v>0.5</v></c><c r="E3" s="3"><v>1</v></c><c r="F3" s="4"><v>2</v></c><c r="G3" s="5" t="str"><v>x</v></c></row>' +
              '<row r="4"><c r="A4" s="1"/><c r="B4" t="b"><v>1</v></c></row>',
            '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7"/>',
          ),
        },
      ],
    });
    const s = grid(readWorkbook(bytes, { fileName: 'h.xlsx' })).sheets[0]!;
    expect(s.name).toBe('A&B');
    // date1904: only date-formatted serials move (+1462); 0.5 (percent) and 1 in a date format move, 2 in yyyy年m月 moves.
    expect(s.values).toEqual([
      ['甲', '乙 丙', 'a\rb_x000D_'],
      [],
      ['', '一二<&', 44756 + 1462, 0.5, 1 + 1462, 2 + 1462, 'x'],
      ['', true],
    ]);
    expect(s.numberFormats).toEqual([[], [], ['General', 'General', 'yyyy-mm-dd', '0%', 'yyyy"年"m"月"d"日"', 'yyyy"年"m"月"', '@']]);
    expect(s.merges).toEqual(['A1:B1']);
  });

  it('maps sheets through workbook rels (absolute and relative targets), in workbook order', () => {
    const bytes = packageBytes({
      sheets: [
        { name: '第二', xml: worksheet('<row r="1"><c r="A1"><v>2</v></c></row>'), target: '/xl/worksheets/sheet9.xml' },
        { name: '第一', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'), target: '../xl/worksheets/other.xml', state: 'veryHidden' },
      ],
    });
    const g = grid(readWorkbook(bytes, { fileName: 'r.xlsx' }));
    expect(g.sheets.map((s) => [s.name, s.values, s.hidden])).toEqual([
      ['第二', [[2]], false],
      ['第一', [[1]], true],
    ]);
  });

  it('reads prefixed tags, cells without r, and a cached-less formula as ""', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="str"><x:f>A1</x:f></x:c><x:c><x:v>3</x:v></x:c></x:row><x:row><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const s = grid(readWorkbook(packageBytes({ sheets: [{ name: 'P', xml }] }), { fileName: 'p.xlsx' })).sheets[0]!;
    expect(s.values).toEqual([[1, '', 3], ['#DIV/0!']]);
  });

  it('takes the identity from the _TZT_ID defined name when core.xml has none', () => {
    const bytes = packageBytes({
      sheets: [{ name: 'S', xml: worksheet('') }],
      definedNames: '<definedNames><definedName name="_TZT_ID">&quot;TZT:mass-evaluation@2&quot;</definedName></definedNames>',
      core: '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"><cp:keywords>台账</cp:keywords></cp:coreProperties>',
    });
    const g = grid(readWorkbook(bytes, { fileName: 'i.xlsx' }));
    expect(g.identity).toBe('TZT:mass-evaluation@2');
    expect(g.sheets[0]!.values).toEqual([]);
  });

  it('ignores a keyword that is not an identity', () => {
    const bytes = packageBytes({
      sheets: [{ name: 'S', xml: worksheet('') }],
      core: '<cp:coreProperties xmlns:cp="x"><cp:keywords>TZT:Bad@x</cp:keywords></cp:coreProperties>',
    });
    expect(grid(readWorkbook(bytes, { fileName: 'i.xlsx' })).identity).toBeUndefined();
  });

  it('streams a sheet whose cells, entities and UTF-8 characters straddle inflate chunks', () => {
    const rows = 6000;
    const expected = Array.from({ length: rows }, (_, r) => [r + 1, `第${r}行：党员&<群众>`, r * 0.5]);
    const xml = worksheet(
      expected
        .map(([n, text, x], r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${n}</v></c><c r="B${r + 1}" t="inlineStr"><is><t>${String(text).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</t></is></c><c r="C${r + 1}"><v>${x}</v></c></row>`)
        .join(''),
    );
    expect(xml.length).toBeGreaterThan(500_000);
    const s = grid(readWorkbook(packageBytes({ sheets: [{ name: 'S', xml }] }), { fileName: 'big.xlsx' })).sheets[0]!;
    expect(s.values.length).toBe(rows);
    expect(s.values).toEqual(expected);
  });

  it('exposes the documented default limits', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({
      maxFileBytes: 20 * 1024 * 1024,
      maxUncompressedBytes: 100 * 1024 * 1024,
      maxRows: 100_000,
      maxCells: 3_000_000,
      maxMerges: 100_000,
      maxGridBytes: 64 * 1024 * 1024,
    });
  });
});
