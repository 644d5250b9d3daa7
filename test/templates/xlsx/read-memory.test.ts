import { describe, expect, it } from 'vitest';
import { readWorkbook, type ReadResult } from '../../../templates/xlsx/read-workbook.ts';
import { issueSchema, type Issue } from '../../../templates/model/issue.ts';
import { issueMessage } from '../../../templates/messages/zh.ts';
import { deflatedRun, packageBytes, packageParts, rawZip, worksheet } from './fixtures.ts';

/**
 * Issue 7, "memory ceiling": one file must stay within a Worker's 128 MB. A
 * part the reader joins into one buffer has its own cap, whatever its central
 * directory claims, and the grid is charged its estimated heap cost as it is
 * built, which is what bounds a small file of a million distinct strings.
 */

const MiB = 1024 * 1024;
const refused = (r: ReadResult): Issue => {
  if (r.ok) throw new Error('expected a refusal');
  return issueSchema.parse(r.issue);
};

describe('memory caps', () => {
  it('refuses a styles.xml bomb whose central directory lies, before joining it into one buffer', () => {
    const data = deflatedRun(0x20, 40 * MiB, '<styleSheet><cellXfs>', '</cellXfs></styleSheet>');
    const entries = Object.entries(packageParts({ sheets: [{ name: 'S', xml: worksheet('') }] }))
      .filter(([name]) => name !== 'xl/styles.xml')
      .map(([name, bytes]) => ({ name, data: bytes, method: 0, size: bytes.length }));
    entries.push({ name: 'xl/styles.xml', data, method: 8, size: 900 });
    const issue = refused(readWorkbook(rawZip(entries), { fileName: 'f.xlsx' }));
    expect(issue).toEqual({
      severity: 'error',
      code: 'file/too-large',
      file: 'f.xlsx',
      expected: 16 * MiB,
      params: { limit: 16 * MiB, measure: 'part', part: 'xl/styles.xml' },
    });
    expect(issueMessage(issue)).toBe('文件解压后的内容过大（超过 16 MB），已拒绝。请在 Excel 中打开后删除多余的工作表、空行和格式，另存为新的 .xlsx 后上传。');
  });

  it('refuses a sheet of distinct inline strings past the grid budget, naming the sheet', () => {
    const rows = Array.from({ length: 2_000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c t="inlineStr"><is><t>走访困难党员第${r * 10 + c}户并记录</t></is></c>`).join('')}</row>`);
    const bytes = packageBytes({ sheets: [{ name: '台账', xml: worksheet(rows.join('')) }] });
    expect(readWorkbook(bytes, { fileName: 'f.xlsx' }).ok).toBe(true);
    const issue = refused(readWorkbook(bytes, { fileName: 'f.xlsx', limits: { maxGridBytes: MiB } }));
    expect(issue).toEqual({
      severity: 'error',
      code: 'file/too-large',
      file: 'f.xlsx',
      sheet: '台账',
      expected: MiB,
      params: { limit: MiB, measure: 'grid', sheet: '台账' },
    });
    expect(issueMessage(issue)).toMatch(/^文件中的表格内容过多（读入后约超过 1 MB），已拒绝。/);
  });

  it('charges the shared-string table to the same budget', () => {
    const strings = Array.from({ length: 20_000 }, (_, i) => `走访困难党员第${i}户并记录`);
    const bytes = packageBytes({ sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: strings });
    expect(refused(readWorkbook(bytes, { fileName: 'f.xlsx', limits: { maxGridBytes: MiB } }))).toEqual({
      severity: 'error',
      code: 'file/too-large',
      file: 'f.xlsx',
      expected: MiB,
      params: { limit: MiB, measure: 'grid' },
    });
  });

  it('counts a string used by many cells once', () => {
    const rows = Array.from({ length: 2_000 }, (_, r) => `<row r="${r + 1}">${'<c t="s"><v>0</v></c>'.repeat(10)}</row>`);
    const bytes = packageBytes({ sheets: [{ name: 'S', xml: worksheet(rows.join('')) }], sharedStrings: ['走访困难党员并记录'.repeat(20)] });
    const r = readWorkbook(bytes, { fileName: 'f.xlsx', limits: { maxGridBytes: MiB } });
    expect(r.ok && r.grid.sheets[0]!.values.length).toBe(2_000);
  });
});
