import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readWorkbook, type ReadResult } from '../../../templates/xlsx/read-workbook.ts';
import { issueSchema, type Issue } from '../../../templates/model/issue.ts';
import { cfb, deflatedRun, excelBytes, packageBytes, packageParts, rawZip, worksheet } from './fixtures.ts';

const refused = (r: ReadResult): Issue => {
  if (r.ok) throw new Error('expected a refusal');
  // Every refusal must be a valid report issue as-is.
  return issueSchema.parse(r.issue);
};
const read = (bytes: Uint8Array, limits = {}): Issue => refused(readWorkbook(bytes, { fileName: 'f.xlsx', limits }));
const oneSheet = (sheetData: string, after = ''): Uint8Array => packageBytes({ sheets: [{ name: '台账', xml: worksheet(sheetData, after) }] });

describe('files that are not xlsx', () => {
  it('refuses an empty file', () => {
    expect(read(new Uint8Array(0))).toEqual({ severity: 'error', code: 'file/empty', file: 'f.xlsx' });
  });

  it('refuses a file over the size cap before parsing it', () => {
    expect(read(new Uint8Array(2048), { maxFileBytes: 1024 })).toEqual({
      severity: 'error',
      code: 'file/too-large',
      file: 'f.xlsx',
      expected: 1024,
      params: { limit: 1024, size: 2048, measure: 'file' },
    });
  });

  it('tells a password-protected xlsx from an old .xls by the CFB directory', () => {
    expect(read(cfb(['EncryptionInfo', 'EncryptedPackage']))).toEqual({ severity: 'error', code: 'file/encrypted', file: 'f.xlsx' });
    expect(read(cfb(['Workbook', 'SummaryInformation']))).toMatchObject({ code: 'file/legacy-xls', params: { kind: 'xls' } });
    expect(read(cfb(['WordDocument']))).toMatchObject({ code: 'file/legacy-xls', params: { kind: 'doc' } });
    // A CFB signature on garbage still means "old Office file".
    const garbage = cfb([]).fill(0xff, 8);
    expect(read(garbage)).toMatchObject({ code: 'file/legacy-xls', params: { kind: 'unknown' } });
  });

  it('refuses Excel 2003 XML as a legacy format', () => {
    const xml = strToU8('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>');
    expect(read(xml)).toMatchObject({ code: 'file/legacy-xls', params: { kind: 'spreadsheetml-2003' } });
  });

  it.each([
    ['pdf', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['image', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['html', strToU8('\ufeff<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>')],
    ['html', strToU8('<table border=1><tr><td>序号</td></tr></table>')],
    ['csv', strToU8('序号,姓名,所在党支部\n1,张三,第一党支部\n2,李四,第二党支部\n')],
    ['csv', strToU8('序号\t姓名\n1\t张三\n')],
    ['text', strToU8('这是一个说明文件。\n请按时报送。\n')],
    ['unknown', new Uint8Array([0, 1, 2, 3, 0, 0, 7, 9])],
  ] as const)('refuses a %s file as not a spreadsheet', (detected, bytes) => {
    expect(read(bytes)).toEqual({ severity: 'error', code: 'file/not-spreadsheet', file: 'f.xlsx', params: { detected } });
  });
});

describe('zips that are not workbooks', () => {
  it('names a Word document', () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(read(docx)).toEqual({ severity: 'error', code: 'file/no-workbook', file: 'f.xlsx', params: { kind: 'docx' } });
  });

  it('names a PowerPoint deck and a plain zip', () => {
    expect(read(zipSync({ 'ppt/presentation.xml': strToU8('<p/>') }))).toMatchObject({ code: 'file/no-workbook', params: { kind: 'pptx' } });
    expect(read(zipSync({ 'a.txt': strToU8('a') }))).toMatchObject({ code: 'file/no-workbook', params: { kind: 'unknown' } });
  });

  it('refuses a truncated zip as corrupt', async () => {
    const bytes = await excelBytes((wb) => wb.addWorksheet('S').addRow([1, 2, 3]));
    expect(read(bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatchObject({ code: 'file/corrupt', params: { reason: 'no-central-directory' } });
  });

  it('refuses garbled deflate data as corrupt', () => {
    const garbled = rawZip([{ name: 'xl/workbook.xml', data: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x12]), size: 10 }]);
    expect(read(garbled)).toMatchObject({ code: 'file/corrupt', params: { reason: 'inflate' } });
  });

  it('refuses an unknown compression method as corrupt', () => {
    const bzip = rawZip([{ name: 'xl/workbook.xml', data: strToU8('BZh9'), size: 4, method: 12 }]);
    expect(read(bzip)).toMatchObject({ code: 'file/corrupt', params: { reason: 'method-12' } });
  });

  it('reads stored (uncompressed) entries', () => {
    const parts = packageParts({ sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1"><v>7</v></c></row>') }] });
    const stored = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, [v, { level: 0 }]])));
    const r = readWorkbook(stored, { fileName: 's.xlsx' });
    expect(r.ok && r.grid.sheets[0]!.values).toEqual([[7]]);
  });
});

/** 200 MB of spaces inside a sheet, ~206 KB deflated; built once (it takes a second) and shared. */
let bomb: Uint8Array | undefined;
const spacesBomb = (): Uint8Array => (bomb ??= deflatedRun(0x20, 200 * 1024 * 1024, '<worksheet><sheetData>', '</sheetData></worksheet>'));

describe('hostile workbooks', () => {
  it('refuses a DOCTYPE in any part it reads', () => {
    const sheet = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>';
    expect(read(packageBytes({ sheets: [{ name: 'S', xml: sheet }] }))).toEqual({
      severity: 'error',
      code: 'file/doctype',
      file: 'f.xlsx',
      params: { part: 'xl/worksheets/sheet1.xml' },
    });
    const strings = '<!ENTITY b SYSTEM "file:///etc/passwd"><sst/>';
    expect(read(packageBytes({ sheets: [{ name: 'S', xml: worksheet('') }], sharedStrings: strings }))).toMatchObject({ code: 'file/doctype' });
  });

  it('refuses a sheet past the row cap, naming the sheet', () => {
    const rows = Array.from({ length: 11 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('');
    expect(read(oneSheet(rows), { maxRows: 10 })).toEqual({
      severity: 'error',
      code: 'file/too-many-rows',
      file: 'f.xlsx',
      sheet: '台账',
      expected: 10,
      params: { sheet: '台账', limit: 10 },
    });
  });

  it('refuses one value at XFD1048576 by the row cap, before any allocation', () => {
    expect(read(oneSheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))).toMatchObject({
      code: 'file/too-many-rows',
      params: { limit: 100_000 },
    });
  });

  it('counts the blanks before a far-right value against the cell cap', () => {
    expect(read(oneSheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'), { maxCells: 10_000 })).toEqual({
      severity: 'error',
      code: 'file/too-many-cells',
      file: 'f.xlsx',
      sheet: '台账',
      expected: 10_000,
      params: { sheet: '台账', limit: 10_000 },
    });
    // One such cell is within the default cap, and the row really is that long.
    const r = readWorkbook(oneSheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'), { fileName: 'f.xlsx' });
    expect(r.ok && r.grid.sheets[0]!.values[0]!.length).toBe(16_384);
  });

  it('refuses a reference outside the Excel grid as corrupt', () => {
    expect(read(oneSheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toMatchObject({ code: 'file/corrupt', params: { reason: 'cell-reference' } });
  });

  it('refuses a shared-string index that does not exist', () => {
    expect(read(oneSheet('<row r="1"><c r="A1" t="s"><v>3</v></c></row>'))).toMatchObject({
      code: 'file/corrupt',
      sheet: '台账',
      params: { reason: 'shared-string-index' },
    });
  });

  it('refuses a 200 MB zip bomb by its honest declared size, without inflating it', () => {
    const data = spacesBomb();
    const parts = packageParts({ sheets: [{ name: 'S', xml: 'placeholder' }] });
    const entries = Object.entries(parts)
      .filter(([name]) => name !== 'xl/worksheets/sheet1.xml')
      .map(([name, bytes]) => ({ name, data: bytes, method: 0, size: bytes.length }));
    entries.push({ name: 'xl/worksheets/sheet1.xml', data, method: 8, size: 200 * 1024 * 1024 + 47 });
    const started = performance.now();
    expect(read(rawZip(entries))).toMatchObject({ code: 'file/too-large', params: { measure: 'uncompressed', limit: 100 * 1024 * 1024 } });
    console.info(`honest bomb (${data.length} compressed bytes) refused in ${(performance.now() - started).toFixed(1)} ms`);
  });

  it('refuses a zip bomb whose central directory lies, while inflating', () => {
    const data = spacesBomb();
    const parts = packageParts({ sheets: [{ name: 'S', xml: 'placeholder' }] });
    const entries = Object.entries(parts)
      .filter(([name]) => name !== 'xl/worksheets/sheet1.xml')
      .map(([name, bytes]) => ({ name, data: bytes, method: 0, size: bytes.length }));
    entries.push({ name: 'xl/worksheets/sheet1.xml', data, method: 8, size: 1000 });
    const started = performance.now();
    expect(read(rawZip(entries), { maxUncompressedBytes: 100 * 1024 * 1024 })).toMatchObject({
      code: 'file/too-large',
      params: { measure: 'uncompressed', limit: 100 * 1024 * 1024 },
    });
    console.info(`lying bomb refused in ${(performance.now() - started).toFixed(0)} ms`);
  });

  it('skips a bomb hidden in one 50 MB shared string as it streams by, and refuses the cell using it', () => {
    const data = deflatedRun(0x41, 50 * 1024 * 1024, '<sst><si><t>', '</t></si></sst>');
    const parts = packageParts({ sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }] });
    const entries = Object.entries(parts)
      .filter(([name]) => name !== 'xl/sharedStrings.xml')
      .map(([name, bytes]) => ({ name, data: bytes, method: 0, size: bytes.length }));
    entries.push({ name: 'xl/sharedStrings.xml', data, method: 8, size: 100 });
    expect(read(rawZip(entries))).toEqual({
      severity: 'error',
      code: 'file/cell-too-long',
      file: 'f.xlsx',
      sheet: 'S',
      cell: 'A1',
      expected: 32_767,
      params: { sheet: 'S', cell: 'A1', limit: 32_767 },
    });
  });
});
