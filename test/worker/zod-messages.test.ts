import { beforeAll, describe, expect, it } from 'vitest';
import { call, seedWorld, TOKENS } from './helpers.ts';

interface Refusal { error: { code: string; message: string; details: { path: string; message: string }[] } }
const refusal = async (res: Response) => {
  expect(res.status).toBe(400);
  return ((await res.json()) as Refusal).error;
};

beforeAll(() => seedWorld());

describe('refusals zod writes itself are in Chinese, at the field', () => {
  it('a label too long, a unit code left empty, a missing kind', async () => {
    const tooLong = await refusal(await call('POST', '/api/admin/tokens', { token: TOKENS.admin, json: { kind: 'admin', label: '长'.repeat(101) } }));
    expect(tooLong.details).toEqual([expect.objectContaining({ path: 'label', message: '太长：最多 100 个字' })]);
    const empty = await refusal(await call('POST', '/api/admin/tokens', { token: TOKENS.admin, json: { kind: 'unit', unitCode: '' } }));
    expect(empty.details).toEqual([expect.objectContaining({ path: 'unitCode', message: '不能为空' })]);
  });

  it('a number typed as text in a parameter', async () => {
    const res = await call('PUT', '/api/admin/params/mass-evaluation', { token: TOKENS.admin, json: { dissatisfiedShare: 'abc' } });
    const error = await refusal(res);
    expect(error.details.map((d) => d.message)).toContain('应为数字');
    expect(error.details.every((d) => /[\u4e00-\u9fff]/.test(d.message))).toBe(true);
  });

  it('a schema\'s own message still wins', async () => {
    const error = await refusal(await call('POST', '/api/admin/submissions/x/return', { token: TOKENS.admin, json: { comment: '   ' } }));
    expect(error.details).toEqual([expect.objectContaining({ path: 'comment', message: '请填写退回意见' })]);
  });
});
