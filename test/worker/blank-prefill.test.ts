import { beforeAll, describe, expect, it } from 'vitest';
import { validateFile } from '../../templates/validate-file.ts';
import { call, seedWorld, TOKENS } from './helpers.ts';

const blank = async (token?: string, query = '?period=2026H1') => {
  const res = await call('GET', `/api/templates/pledge-ledger/blank.xlsx${query}`, token ? { token } : {});
  expect(res.status).toBe(200);
  return validateFile(new Uint8Array(await res.arrayBuffer()), '承诺践诺台账.xlsx', { today: '2026-07-01' }).info;
};

beforeAll(() => seedWorld());

describe('the blank template a unit downloads', () => {
  it('comes with its own 单位名称, 单位编码 and the period in 基本信息', async () => {
    expect(await blank(TOKENS.a)).toMatchObject({ unitName: '市发展改革委机关党委', unitCode: 'A', period: '2026H1' });
  });

  it('stays blank for anyone else (no token, the admin, a revoked token), the period still filled when asked', async () => {
    for (const token of [undefined, TOKENS.admin, TOKENS.revoked]) {
      const info = await blank(token);
      expect(info.unitCode).toBeUndefined();
      expect(info.period).toBe('2026H1');
    }
    expect((await blank(undefined, '')).period).toBeUndefined();
  });
});
