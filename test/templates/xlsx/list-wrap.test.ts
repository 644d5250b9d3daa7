import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeArchiveManifest, type ManifestLine } from '../../../templates/xlsx/write-archive-manifest.ts';

const LONG = '第 3 行“走访群众20户”请写明走访的社区、时间和走访人，并补充群众反映问题的办理情况，补充后重新报送。';
const line: ManifestLine = {
  unitCode: 'A', unitName: '办公室党支部', ledger: '承诺践诺台账', version: 1, sentAt: '2026-07-10 10:00', state: '已退回',
  review: '综合业务党总支 审核通过 2026-07-11 09:00', counted: false, file: '其他版本/A_v1.xlsx', sha256: 'a'.repeat(64), returnComment: LONG,
};

describe('printed lists keep long comments inside their column', () => {
  it('wraps 退回意见 and 审核 in the 归档清单, and nothing else', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeArchiveManifest('归档清单', '2026年上半年', [line], new Date('2026-07-20T00:00:00Z'))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('归档清单')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const at = (h: string) => ws.getRow(4).getCell(header.indexOf(h) + 1);
    expect(at('退回意见').value).toBe(LONG);
    expect([at('退回意见').alignment?.wrapText, at('审核').alignment?.wrapText]).toEqual([true, true]);
    expect([at('单位名称').alignment?.wrapText, at('SHA-256').alignment?.wrapText]).toEqual([undefined, undefined]);
    // Three lines of a 40-wide column: the row is sized for them, not left at one line.
    expect(ws.getRow(4).height).toBe(49);
  });
});
