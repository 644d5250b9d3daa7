import { describe, expect, it } from 'vitest';
import { catalog } from '../../templates/catalog/index.ts';
import { validateFile } from '../../templates/validate-file.ts';
import { writeBlankTemplate } from '../../templates/xlsx/write-template.ts';

// The reader must run unchanged inside workerd (no Node APIs), where uploads are validated.
describe('the xlsx reader inside workerd', () => {
  it('recognises every generated blank template by its identity', async () => {
    for (const def of catalog) {
      const bytes = await writeBlankTemplate(def, { unitName: '＝市统计局', period: '2026H1' });
      const { report, info } = validateFile(bytes, `${def.name}.xlsx`);
      expect(report.template).toEqual({ id: def.id, name: def.name, version: def.version, detectedBy: 'identity' });
      expect(report.headerRow).toBe(4);
      expect(info).toMatchObject({ unitName: '＝市统计局', period: '2026H1' });
    }
  });

  it('refuses a non-spreadsheet with the reader issue', () => {
    const { report } = validateFile(new TextEncoder().encode('<html><body>导出</body></html>'), 'a.xls');
    expect(report.issues[0]).toMatchObject({ code: 'file/not-spreadsheet', params: { detected: 'html' } });
  });
});
