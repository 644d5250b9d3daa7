import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageBytes } from '../../../templates/xlsx/writer/package.ts';
import { pagesWide } from '../../../templates/xlsx/writer/sheet.ts';

const sheetXml = async (widths: number[]) => {
  const bytes = await packageBytes(new Date('2026-07-20T00:00:00Z'), (pkg) => {
    const ws = pkg.sheet('报送情况', { widths, print: { rows: [1, 4], columns: [1, 2] } });
    ws.row(['标题']);
  });
  return strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
};

describe('printed summary sheets', () => {
  it('spread a wide sheet over pages instead of shrinking it to one, with sheet name and page N of M', async () => {
    expect(pagesWide([12, 26, 10, 10])).toBe(1);
    expect(pagesWide(Array.from({ length: 52 }, () => 10))).toBe(3);
    const wide = await sheetXml(Array.from({ length: 52 }, () => 10));
    expect(wide).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="3" fitToHeight="0"/>');
    expect(wide).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    expect(await sheetXml([12, 26])).toContain('fitToWidth="1"');
  });
});
