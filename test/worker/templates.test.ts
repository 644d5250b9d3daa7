import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { catalog } from '../../templates/catalog/index.ts';

const PLEDGE_HEADERS = [
  '序号', '承诺主体*', '承诺单位或承诺人*', '所在党支部*', '承诺类别*', '承诺事项*',
  '践诺措施*', '完成时限*', '完成情况*', '实际完成日期', '群众评价', '备注',
];

describe('GET /api/templates', () => {
  it('lists every template with its columns', async () => {
    const res = await exports.default.fetch('http://x/api/templates');
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string; name: string; version: number; frequency: string; columns: { key: string; header: string; type: string; required: boolean; options: string[] }[] }[];
    expect(list.map((t) => t.id)).toEqual(catalog.map((d) => d.id));
    const pledge = list.find((t) => t.id === 'pledge-ledger')!;
    expect(pledge).toMatchObject({ name: '承诺践诺台账', version: 1, frequency: 'semiannual' });
    expect(pledge.columns[1]).toEqual({ key: 'subjectType', header: '承诺主体', type: 'enum', required: true, options: ['党组织', '党员'] });
    expect(pledge.columns[0]).toEqual({ key: 'seq', header: '序号', type: 'int', required: false, options: [] });
  });
});

describe('GET /api/templates/:id/blank.xlsx', () => {
  // exceljs's browser build hangs the isolate from the second request on; this
  // fails (times out) if the alias to its Node build is ever lost.
  it('serves the pledge workbook three times in a row', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await exports.default.fetch('http://x/api/templates/pledge-ledger/blank.xlsx');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="pledge-ledger.xlsx"; filename*=UTF-8''%E6%89%BF%E8%AF%BA%E8%B7%B5%E8%AF%BA%E5%8F%B0%E8%B4%A6.xlsx`,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet('承诺践诺台账')!;
      expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(PLEDGE_HEADERS);
      expect(ws.getCell('N1').value).toBe('TZT:pledge-ledger@1');
      expect(wb.keywords).toBe('TZT:pledge-ledger@1');
    }
  });

  it('answers an unknown id with the 404 envelope', async () => {
    const res = await exports.default.fetch('http://x/api/templates/no-such/blank.xlsx');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'template/not-found', message: '未找到模板“no-such”' } });
  });
});
