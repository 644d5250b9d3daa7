import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, fileForm, seedWorld, TOKENS } from './helpers.ts';

const HEADER = ['单位编码', '单位名称', '上级单位编码', '党员总数', '内设团队数', '党支部数', '联系人', '联系电话'];

async function unitList(rows: (string | number)[][], header = HEADER): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('单位名单');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

interface UnitJson { code: string; name: string; parentCode: string | null; members: number; contactName: string | null; contactPhone: string | null }
interface ErrorJson { error: { code: string; message: string; details: { path?: string; cell?: string; message: string }[] } }

const importList = (bytes: Uint8Array) => call('POST', '/api/admin/units/import', { token: TOKENS.admin, body: fileForm(bytes, '单位名单.xlsx') });
const units = async () => ((await (await call('GET', '/api/admin/units', { token: TOKENS.admin })).json()) as { units: UnitJson[] }).units;
const unit = async (code: string) => (await units()).find((u) => u.code === code);

const LONG_NAME = '党'.repeat(20_000);
const LONG_CODE = 'X'.repeat(312);

beforeEach(() => seedWorld());

describe('one set of limits for a unit, whichever way it arrives', () => {
  it('the import refuses at the cell what the API refuses, and imports nothing', async () => {
    const res = await importList(await unitList([
      ['C', LONG_NAME, 'ROOT', 1, 1, 1],
      [LONG_CODE, '市审计局', 'ROOT', 1, 1, 1],
      ['D', '市财政局', 'ROOT', 1e15, 1, 1],
      ['E', '市税务局', 'ROOT', 1.5, -1, 1],
      ['F 1', '市商务局', 'ROOT', 1, 1, 1, '张三', '0571-8800 0000 转 1234'],
      ['G', '市民政局', 'A/B', 1, 1, 1, '李'.repeat(51), '+86 138 0000 0000'],
    ]));
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.details.map((d) => d.message)).toEqual([
      'B2：单位名称不能超过 100 个字符，现有 20000 个字符',
      'A3：单位编码不能超过 32 个字符，现有 312 个字符',
      'D4：党员总数应为 0 到 1000000 之间的整数，现为“1000000000000000”',
      'D5：党员总数应为 0 到 1000000 之间的整数，现为“1.5”',
      'E5：内设团队数应为 0 到 1000000 之间的整数，现为“-1”',
      'A6：单位编码只能由字母、数字和“-”“_”“.”组成，并以字母或数字开头，现为“F 1”',
      'H6：联系电话不能超过 20 个字符，现为“0571-8800 0000 转 1234”',
      'C7：上级单位编码只能由字母、数字和“-”“_”“.”组成，并以字母或数字开头，现为“A/B”',
      'G7：联系人不能超过 50 个字符，现有 51 个字符',
    ]);
    expect(body.error.details.map((d) => d.cell)).toEqual(['B2', 'A3', 'D4', 'D5', 'E5', 'A6', 'H6', 'C7', 'G7']);
    expect((await units()).map((u) => u.code)).toEqual(['A', 'B', 'ROOT']);
  });

  it('the API refuses the same values, each at its field in Chinese', async () => {
    const post = (json: unknown) => call('POST', '/api/admin/units', { token: TOKENS.admin, json });
    const fields = async (res: Response) => {
      expect(res.status).toBe(400);
      return ((await res.json()) as ErrorJson).error.details.map((d) => [d.path, d.message]);
    };
    expect(await fields(await post({ code: 'C', name: LONG_NAME }))).toEqual([['name', '单位名称不能超过 100 个字符']]);
    expect(await fields(await post({ code: LONG_CODE, name: '市审计局' }))).toEqual([['code', '单位编码不能超过 32 个字符']]);
    expect(await fields(await post({ code: '  ', name: '市审计局' }))).toEqual([['code', '单位编码不能为空']]);
    expect(await fields(await post({ code: `${LONG_CODE}/`, name: '市审计局' }))).toEqual([['code', '单位编码不能超过 32 个字符']]);
    expect(await fields(await post({ code: 'D', name: '市财政局', members: 1e15, teams: -1 }))).toEqual([
      ['members', '党员总数应为 0 到 1000000 之间的整数'],
      ['teams', '内设团队数应为 0 到 1000000 之间的整数'],
    ]);
    expect(await fields(await post({ code: 'E', name: '市税务局', contactPhone: '电话0571' }))).toEqual([['contactPhone', '联系电话只能由数字、空格、“-”和“+”组成']]);
    expect(await fields(await call('PUT', '/api/admin/units/A', { token: TOKENS.admin, json: { name: '  ', parentCode: 'A/B' } }))).toEqual([
      ['name', '单位名称不能为空'],
      ['parentCode', '上级单位编码只能由字母、数字和“-”“_”“.”组成，并以字母或数字开头'],
    ]);
    expect((await units()).map((u) => u.code)).toEqual(['A', 'B', 'ROOT']);
  });

  it('folds a full-width code the same way on both paths', async () => {
    const res = await call('POST', '/api/admin/units', { token: TOKENS.admin, json: { code: ' ＣＺ－０１ ', name: '市财政局', parentCode: 'ＲＯＯＴ' } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { unit: UnitJson }).unit).toMatchObject({ code: 'CZ-01', parentCode: 'ROOT' });
    expect((await importList(await unitList([['ＣＺ－０１', '市财政局（导入）', 'ROOT', 3, 1, 1]]))).status).toBe(200);
    expect(await unit('CZ-01')).toMatchObject({ name: '市财政局（导入）', members: 3 });
  });
});

describe('联系人 and 联系电话', () => {
  it('are imported, listed, kept by a list or a PUT that leaves them out, and cleared by a blank', async () => {
    const res = await importList(await unitList([
      ['C', '市财政局机关党委', 'ROOT', 45, 6, 3, '王芳', '0571-８８０００００'],
      ['C1', '市财政局第一党支部', 'C', 12, 0, 1, '', ''],
    ]));
    expect(res.status).toBe(200);
    expect(await unit('C')).toMatchObject({ contactName: '王芳', contactPhone: '0571-8800000' });
    expect(await unit('C1')).toMatchObject({ contactName: null, contactPhone: null });

    // An older list without the two columns updates the unit and keeps its contact.
    expect((await importList(await unitList([['C', '市财政局党委', 'ROOT', 46, 6, 3]], HEADER.slice(0, 6)))).status).toBe(200);
    expect(await unit('C')).toMatchObject({ name: '市财政局党委', members: 46, contactName: '王芳', contactPhone: '0571-8800000' });

    const put = (json: unknown) => call('PUT', '/api/admin/units/C', { token: TOKENS.admin, json });
    expect((await put({ name: '市财政局党委', parentCode: 'ROOT', members: 46 })).status).toBe(200);
    expect(await unit('C')).toMatchObject({ contactName: '王芳', contactPhone: '0571-8800000' });
    const changed = await put({ name: '市财政局党委', parentCode: 'ROOT', contactName: '李明', contactPhone: '+86 138 0000 0000' });
    expect(((await changed.json()) as { unit: UnitJson }).unit).toMatchObject({ contactName: '李明', contactPhone: '+86 138 0000 0000' });
    expect((await put({ name: '市财政局党委', contactName: '', contactPhone: null })).status).toBe(200);
    expect(await unit('C')).toMatchObject({ contactName: null, contactPhone: null });
  });
});
