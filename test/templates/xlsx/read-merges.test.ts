import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../templates/xlsx/read-workbook.ts';
import { validateFile } from '../../../templates/validate-file.ts';
import { issueMessage } from '../../../templates/messages/zh.ts';
import { packageBytes, worksheet } from './fixtures.ts';

/**
 * Issue 7, "merges": 40,000 <mergeCell> elements (an 18.8 KB file) kept the
 * service busy for 32 s, because every merge near the top was expanded cell by
 * cell. Merges are now counted against a cap while reading, those in the
 * header area against a smaller one before validation, and expanding one costs
 * the same whatever its area.
 */

const HEADERS = ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'];
const header = `<row r="1">${HEADERS.map((h, i) => `<c r="${'ABCDEFGHI'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;
const withMerges = (refs: string[], rows = header): Uint8Array =>
  packageBytes({
    sheets: [{ name: '承诺践诺台账', xml: worksheet(rows, `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`) }],
  });

describe('merged cells', () => {
  it('refuses 40,000 wide merges over the header area, after reading them', () => {
    const refs = Array.from({ length: 40_000 }, (_, i) => `A${(i % 7) + 1}:GS${41 + (i % 13)}`);
    const bytes = withMerges(refs);
    expect(bytes.length).toBeLessThan(20 * 1024);
    const read = readWorkbook(bytes, { fileName: 'f.xlsx' });
    expect(read.ok && read.grid.sheets[0]!.merges!.length).toBe(40_000);
    const { report } = validateFile(bytes, 'f.xlsx');
    expect(report.template).toBeNull();
    expect(report.issues).toEqual([
      {
        severity: 'error',
        code: 'file/too-many-merges',
        file: 'f.xlsx',
        sheet: '承诺践诺台账',
        expected: 2_000,
        params: { sheet: '承诺践诺台账', limit: 2_000, rows: 41 },
      },
    ]);
    expect(issueMessage(report.issues[0]!)).toMatch(/^工作表“承诺践诺台账”前 41 行的合并单元格超过 2000 处，已拒绝。/);
  });

  it('refuses a workbook past the merge cap while reading, naming the sheet', () => {
    const refs = Array.from({ length: 11 }, (_, i) => `A${i * 2 + 100}:B${i * 2 + 100}`);
    const read = readWorkbook(withMerges(refs), { fileName: 'f.xlsx', limits: { maxMerges: 10 } });
    expect(!read.ok && read.issue).toEqual({
      severity: 'error',
      code: 'file/too-many-merges',
      file: 'f.xlsx',
      sheet: '承诺践诺台账',
      expected: 10,
      params: { sheet: '承诺践诺台账', limit: 10 },
    });
    expect(issueMessage(!read.ok ? read.issue : ({} as never))).toMatch(/^工作簿的合并单元格超过 10 处，已拒绝。/);
  });

  it('recognises a ledger under a title merged across the whole row, with thousands of merges below the header area', () => {
    const title = '<row r="1"><c r="A1" t="inlineStr"><is><t>承诺践诺台账</t></is></c></row>';
    const rows = title + header.replace(/r="([A-I])1"/g, 'r="$12"').replace('<row r="1">', '<row r="2">');
    const refs = ['A1:XFD1', ...Array.from({ length: 5_000 }, (_, i) => `J${i + 50}:K${i + 50}`)];
    const { report } = validateFile(withMerges(refs, rows), 'f.xlsx');
    expect(report.template?.id).toBe('pledge-ledger');
    expect(report.headerRow).toBe(2);
  });
});
