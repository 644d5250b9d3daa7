import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, fileForm, seedWorld, TOKENS } from './helpers.ts';

const HEADER = ['单位编码', '单位名称', '上级单位编码', '党员总数', '内设团队数', '党支部数'];
const CONTACTS = ['联系人', '联系电话'];

async function unitList(rows: (string | number)[][], title?: string, header = HEADER): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  if (title) ws.addRow([title]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

interface UnitJson { code: string; name: string; parentCode: string | null; members: number; teams: number; branches: number; contactName: string | null; contactPhone: string | null }
const units = async () => ((await (await call('GET', '/api/admin/units', { token: TOKENS.admin })).json()) as { units: UnitJson[] }).units;

beforeEach(() => seedWorld());

describe('units', () => {
  it('creates, refuses a duplicate, updates by code and refuses a loop', async () => {
    const created = await call('POST', '/api/admin/units', { token: TOKENS.admin, json: { code: 'C', name: '市财政局机关党委', parentCode: 'ROOT', members: 45, teams: 6, branches: 3 } });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { unit: unknown }).unit).toMatchObject({ code: 'C', name: '市财政局机关党委', parentCode: 'ROOT', members: 45, teams: 6, branches: 3 });
    expect((await call('POST', '/api/admin/units', { token: TOKENS.admin, json: { code: 'C', name: '重复' } })).status).toBe(409);

    const updated = await call('PUT', '/api/admin/units/C', { token: TOKENS.admin, json: { name: '市财政局党委', parentCode: 'A', members: 50 } });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { unit: unknown }).unit).toMatchObject({ code: 'C', name: '市财政局党委', parentCode: 'A', members: 50, teams: 0, branches: 0 });

    const loop = await call('PUT', '/api/admin/units/A', { token: TOKENS.admin, json: { name: '市发展改革委机关党委', parentCode: 'C' } });
    expect(loop.status).toBe(409);
    expect(((await loop.json()) as { error: { code: string } }).error.code).toBe('unit/cycle');
    expect((await call('PUT', '/api/admin/units/NOPE', { token: TOKENS.admin, json: { name: 'x' } })).status).toBe(404);
    const orphan = await call('POST', '/api/admin/units', { token: TOKENS.admin, json: { code: 'D', name: 'x', parentCode: 'NOPE' } });
    expect(orphan.status).toBe(404);
    expect(await orphan.json()).toEqual({ ok: false, error: { code: 'unit/not-found', message: '未找到单位“NOPE”' } });
  });

  it('imports a unit list under a title row, adding and updating by code', async () => {
    const bytes = await unitList([
      ['C', '市财政局机关党委', 'ROOT', 45, 6, 3],
      ['C1', '市财政局第一党支部', 'C', '１２', '', 1],
      ['A', '市发改委机关党委（更名）', 'ROOT', 60, 8, 4],
    ], '2026年单位名单');
    const res = await call('POST', '/api/admin/units/import', { token: TOKENS.admin, body: fileForm(bytes, '单位名单.xlsx') });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ imported: 3, created: 2, updated: 1 });
    const list = await units();
    expect(list.map((u) => [u.code, u.name, u.parentCode, u.members, u.teams, u.branches])).toEqual([
      ['A', '市发改委机关党委（更名）', 'ROOT', 60, 8, 4],
      ['B', '市统计局机关党委', 'ROOT', 30, 3, 2],
      ['C', '市财政局机关党委', 'ROOT', 45, 6, 3],
      ['C1', '市财政局第一党支部', 'C', 12, 0, 1],
      ['ROOT', '市直机关党委', null, 30, 3, 2],
    ]);
  });

  it('reports every bad row with its cell in Chinese and imports nothing', async () => {
    const bytes = await unitList([
      ['E', '', 'ROOT', 10, 1, 1],
      ['F', '市审计局', 'ZZZ', '十', 1, 1],
      ['E', '市审计局（重复）', '', 1, 1, 1],
      ['', '无编码单位', '', 1, 1, 1],
    ]);
    const res = await call('POST', '/api/admin/units/import', { token: TOKENS.admin, body: fileForm(bytes, '单位名单.xlsx') });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string; details: { sheet: string; cell?: string; message: string }[] } };
    expect(body.error.code).toBe('units/invalid');
    expect(body.error.details.map((d) => [d.cell, d.message])).toEqual([
      ['B2', 'B2：单位名称不能为空'],
      ['D3', 'D3：党员总数应为 0 到 1000000 之间的整数，现为“十”'],
      ['A4', 'A4：单位编码“E”与第 2 行重复'],
      ['A5', 'A5：单位编码不能为空'],
      ['C3', 'C3：上级单位编码“ZZZ”既不在名单中，也不是已有单位'],
    ]);
    expect(body.error.message).toBe('单位名单有 5 处问题，未导入任何单位：B2：单位名称不能为空');
    expect((await units()).map((u) => u.code)).toEqual(['A', 'B', 'ROOT']);
  });

  it('refuses a file that is not a spreadsheet with the reader issue, and serves the blank list', async () => {
    const res = await call('POST', '/api/admin/units/import', { token: TOKENS.admin, body: fileForm(new TextEncoder().encode('编码,名称'), 'units.csv') });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('file/not-spreadsheet');

    const blank = await call('GET', '/api/admin/units/template.xlsx', { token: TOKENS.admin });
    expect(blank.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await blank.arrayBuffer()) as ExcelJS.Buffer);
    expect((wb.getWorksheet('单位名单')!.getRow(1).values as unknown[]).slice(1)).toEqual([...HEADER, ...CONTACTS]);
  });
});
