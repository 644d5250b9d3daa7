import { describe, expect, it } from 'vitest';
import { readWorkbook, type ReadResult } from '../../../templates/xlsx/read-workbook.ts';
import { validateFile } from '../../../templates/validate-file.ts';
import { issueSchema, type Issue } from '../../../templates/model/issue.ts';
import type { GridSheet } from '../../../templates/model/grid.ts';
import { issueMessage } from '../../../templates/messages/zh.ts';
import { deflatedRun, packageBytes, packageParts, rawZip, worksheet } from './fixtures.ts';

/**
 * Issue 7, "one huge cell": a 5.6 KB file holding a 3.9 MB cell ran a 128 MB
 * heap out of memory, a 10 MB inline string took 12–42 s. A cell whose XML is
 * past anything Excel writes is refused, naming it, without being held; a cell
 * merely past Excel's 32,767 characters is kept cut to 32,768 and reported as
 * too long at that cell.
 */

const refused = (r: ReadResult): Issue => {
  if (r.ok) throw new Error('expected a refusal');
  return issueSchema.parse(r.issue);
};
const sheetOf = (r: ReadResult): GridSheet => {
  if (!r.ok) throw new Error(`refused: ${r.issue.code}`);
  return r.grid.sheets[0]!;
};

const HEADERS = ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'];
const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const headerRow = `<row r="1">${HEADERS.map((h, i) => inline(`${'ABCDEFGHI'[i]}1`, h)).join('')}</row>`;
/** Row 2 of a pledge ledger, 承诺事项 (F2) given as raw cell XML. */
const pledgeRow = (f2: string): string =>
  `<row r="2"><c r="A2"><v>1</v></c>${inline('B2', '党员')}${inline('C2', '张三')}${inline('D2', '第一党支部')}${inline('E2', '服务承诺')}${f2}${inline('G2', '每周走访')}${inline('H2', '2026-06-30')}${inline('I2', '推进中')}</row>`;

/** A package whose part `name` is the given deflated stream, the other parts stored. */
function withPart(name: string, data: Uint8Array, sheetXml = worksheet('')): Uint8Array {
  const entries = Object.entries(packageParts({ sheets: [{ name: '承诺践诺台账', xml: sheetXml }] }))
    .filter(([n]) => n !== name)
    .map(([n, bytes]) => ({ name: n, data: bytes, method: 0, size: bytes.length }));
  entries.push({ name, data, method: 8, size: 1000 });
  return rawZip(entries);
}

const tooLong = (cell: string): Issue => ({
  severity: 'error',
  code: 'file/cell-too-long',
  file: 'f.xlsx',
  sheet: '承诺践诺台账',
  cell,
  expected: 32_767,
  params: { sheet: '承诺践诺台账', cell, limit: 32_767 },
});

describe('a cell far past anything Excel writes', () => {
  it('refuses a 3.9 MB shared string at the cell that uses it, never holding it', () => {
    const sst = deflatedRun(0x78, 3_900_000, '<sst><si><t>', '</t></si><si><t>after</t></si></sst>');
    const sheet = worksheet(`${headerRow}${pledgeRow('<c r="F2" t="s"><v>0</v></c>')}`);
    const bytes = withPart('xl/sharedStrings.xml', sst, sheet);
    expect(bytes.length).toBeLessThan(8 * 1024);
    const issue = refused(readWorkbook(bytes, { fileName: 'f.xlsx' }));
    expect(issue).toEqual(tooLong('F2'));
    expect(issueMessage(issue)).toContain('32767');
  });

  it('refuses a 10 MB inline string, naming its cell', () => {
    const prefix = `<worksheet><sheetData>${headerRow}<row r="2"><c r="A2"><v>1</v></c><c r="F2" t="inlineStr"><is><t>`;
    const sheet = deflatedRun(0x78, 10_000_000, prefix, '</t></is></c></row></sheetData></worksheet>');
    expect(refused(readWorkbook(withPart('xl/worksheets/sheet1.xml', sheet), { fileName: 'f.xlsx' }))).toEqual(tooLong('F2'));
  });

  it('names the cell from its position when the writer leaves out r=""', () => {
    const sheet = deflatedRun(0x78, 2_000_000, '<worksheet><sheetData><row r="3"><c><v>1</v></c><c t="str"><v>', '</v></c></row></sheetData></worksheet>');
    expect(refused(readWorkbook(withPart('xl/worksheets/sheet1.xml', sheet), { fileName: 'f.xlsx' }))).toEqual(tooLong('B3'));
  });

  it('reads the file when the over-long shared string is used by no cell, keeping later strings at their index', () => {
    const sst = deflatedRun(0x78, 2_000_000, '<sst><si><t>before</t></si><si><t>', '</t></si><si><t>after</t></si></sst>');
    const sheet = worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>');
    expect(sheetOf(readWorkbook(withPart('xl/sharedStrings.xml', sst, sheet), { fileName: 'f.xlsx' })).values).toEqual([['before', 'after']]);
  });

  it('refuses a shared string that never ends as corrupt', () => {
    const sst = deflatedRun(0x78, 2_000_000, '<sst><si><t>', '');
    expect(refused(readWorkbook(withPart('xl/sharedStrings.xml', sst), { fileName: 'f.xlsx' }))).toEqual({
      severity: 'error',
      code: 'file/corrupt',
      file: 'f.xlsx',
      params: { reason: 'element-too-long', part: 'sharedStrings' },
    });
  });
});

describe('a cell past Excel’s 32,767 characters', () => {
  const long = `承诺${'办'.repeat(39_998)}`;

  it.each([
    ['a shared string', (t: string) => packageBytes({ sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: [t] })],
    ['an inline string', (t: string) => packageBytes({ sheets: [{ name: 'S', xml: worksheet(`<row r="1">${inline('A1', t)}</row>`) }] })],
    ['a formula’s text result', (t: string) => packageBytes({ sheets: [{ name: 'S', xml: worksheet(`<row r="1"><c r="A1" t="str"><f>B1</f><v>${t}</v></c></row>`) }] })],
    ['a plain value', (t: string) => packageBytes({ sheets: [{ name: 'S', xml: worksheet(`<row r="1"><c r="A1"><v>${t}</v></c></row>`) }] })],
  ])('keeps the first 32,768 characters of %s', (_kind, build) => {
    const value = sheetOf(readWorkbook(build(long), { fileName: 'f.xlsx' })).values[0]![0];
    expect(value).toBe(long.slice(0, 32_768));
  });

  it('keeps a cell of exactly 32,767 characters whole', () => {
    const exact = '办'.repeat(32_767);
    const bytes = packageBytes({ sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: [exact] });
    expect(sheetOf(readWorkbook(bytes, { fileName: 'f.xlsx' })).values[0]![0]).toBe(exact);
  });

  it('reports such a cell as too long at its address, whatever the column, and validates the rest', () => {
    const sheet = worksheet(`${headerRow}${pledgeRow(inline('F2', long))}`);
    const bytes = packageBytes({ sheets: [{ name: '承诺践诺台账', xml: sheet }] });
    const { report } = validateFile(bytes, 'f.xlsx', { today: '2026-07-10', period: '2026H1' });
    expect(report.template?.id).toBe('pledge-ledger');
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([
      {
        severity: 'error',
        code: 'cell/too-long',
        file: 'f.xlsx',
        sheet: '承诺践诺台账',
        cell: 'F2',
        row: 2,
        column: { key: 'pledge', header: '承诺事项' },
        value: `${long.slice(0, 200)}…`,
        expected: 32_767,
      },
    ]);
    expect(report.stats).toMatchObject({ rowsRead: 1, rowsWithErrors: 1 });
  });
});

describe('long cells where the header is searched', () => {
  it('finds the header under ten rows of 256 full-length cells', () => {
    const wide = (r: number): string => `<row r="${r}">${'<c t="s"><v>0</v></c>'.repeat(256)}</row>`;
    const rows = Array.from({ length: 10 }, (_, r) => wide(r + 1)).join('');
    const head = `<row r="11">${HEADERS.map((h, i) => inline(`${'ABCDEFGHI'[i]}11`, h)).join('')}</row>`;
    const bytes = packageBytes({ sheets: [{ name: '承诺践诺台账', xml: worksheet(rows + head) }], sharedStrings: ['(*'.repeat(16_383)] });
    const { report } = validateFile(bytes, 'f.xlsx', { today: '2026-07-10', period: '2026H1' });
    expect(report.template?.id).toBe('pledge-ledger');
    expect(report.headerRow).toBe(11);
  });
});
