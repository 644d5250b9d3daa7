import { beforeEach, describe, expect, it } from 'vitest';
import { call, seedWorld, TOKENS } from './helpers.ts';

beforeEach(() => seedWorld());

interface ErrorJson { error: { code: string; message: string; details: { path: string; message: string }[] } }
const create = (json: unknown) => call('POST', '/api/admin/periods', { token: TOKENS.admin, json });
const update = (json: unknown) => call('PUT', '/api/admin/periods/pledge-ledger/2026H1', { token: TOKENS.admin, json });
const fields = async (res: Response) => {
  expect(res.status).toBe(400);
  return ((await res.json()) as ErrorJson).error.details.map((d) => [d.path, d.message]);
};

describe('period dates and codes', () => {
  it('refuses dates that do not exist on the calendar, at the field', async () => {
    expect(await fields(await create({ templateId: 'mass-evaluation', code: '2031H1', due: '2031-99-99' }))).toEqual([
      ['due', '截止日期“2031-99-99”不是实际存在的日期，请填写如 2026-07-15 的日期'],
    ]);
    expect(await fields(await create({ templateId: 'mass-evaluation', code: '2026H1', opens: '2026-02-30', due: '2026-07-15' }))).toEqual([
      ['opens', '开始报送日期“2026-02-30”不是实际存在的日期，请填写如 2026-07-15 的日期'],
    ]);
    expect(await fields(await update({ due: '2026-13-01' }))).toEqual([['due', '截止日期“2026-13-01”不是实际存在的日期，请填写如 2026-07-15 的日期']]);
    expect(await fields(await update({ due: '2026-7-15' }))).toEqual([['due', '日期格式应为 YYYY-MM-DD']]);
    const listed = (await (await call('GET', '/api/admin/periods', { token: TOKENS.admin })).json()) as { periods: { templateId: string; due: string }[] };
    expect(listed.periods.map((p) => `${p.templateId}/${p.due}`)).toEqual(['pledge-ledger/2099-07-15']);
  });

  it('accepts real dates, 29 February of a leap year included', async () => {
    const res = await create({ templateId: 'mass-evaluation', code: '2028H1', opens: '2028-02-29', due: '2028-07-15' });
    expect(res.status).toBe(201);
    expect((await update({ due: '2026-07-31' })).status).toBe(200);
  });

  it('refuses period codes that name no period, and an inverted window at opens', async () => {
    expect(await fields(await create({ templateId: 'mass-evaluation', code: '2026M13' }))).toEqual([['code', '期次代码应为 2026H1、2026H2、2026M07 或 2026']]);
    expect(await fields(await create({ templateId: 'mass-evaluation', code: '0001H1' }))).toEqual([['code', '期次年份应在 2000 到 2099 之间']]);
    const inverted = await update({ opens: '2026-08-01', due: '2026-07-15' });
    expect(inverted.status).toBe(400);
    expect(((await inverted.json()) as ErrorJson).error).toEqual({
      code: 'period/dates',
      message: '开始报送日期（2026-08-01）不能晚于截止日期（2026-07-15）',
      details: [{ path: 'opens', message: '开始报送日期（2026-08-01）不能晚于截止日期（2026-07-15）' }],
    });
  });
});
