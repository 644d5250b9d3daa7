import { beforeEach, describe, expect, it } from 'vitest';
import { call, seedWorld, TOKENS } from './helpers.ts';

interface ErrorJson { ok: false; error: { code: string; message: string; details: { path: string; message: string }[] } }
const put = (templateId: string, json: unknown) => call('PUT', `/api/admin/params/${templateId}`, { token: TOKENS.admin, json });
const refusal = async (res: Response) => {
  expect(res.status).toBe(400);
  const { error } = (await res.json()) as ErrorJson;
  expect(error.code).toBe('params/out-of-range');
  return error.details.map((d) => [d.path, d.message]);
};
const current = async (templateId: string) => {
  const res = await call('GET', '/api/admin/params', { token: TOKENS.admin });
  const { templates } = (await res.json()) as { templates: { templateId: string; params: { key: string; value: number }[] }[] };
  return Object.fromEntries(templates.find((t) => t.templateId === templateId)!.params.map((p) => [p.key, p.value]));
};

beforeEach(() => seedWorld());

describe('parameter ranges', () => {
  it('refuses a share outside 0..1 and a flag threshold of 7, naming the parameter and its range', async () => {
    expect(await refusal(await put('mass-evaluation', { flagThreshold: 7 }))).toEqual([
      ['flagThreshold', '参数“重点关注的不满意比例”（flagThreshold）应在 0 到 1 之间，现为 7'],
    ]);
    expect(await refusal(await put('mass-evaluation', { rateTolerance: 0.5 }))).toEqual([
      ['rateTolerance', '参数“满意率允许误差”（rateTolerance）应在 0 到 0.1 之间，现为 0.5'],
    ]);
    expect(await refusal(await put('demonstration-action', { postQuota: 1.2, sectorMin: 2.5 }))).toEqual([
      ['postQuota', '参数“示范岗比例（占党员总数）”（postQuota）应在 0 到 1 之间，现为 1.2'],
      ['sectorMin', '参数“示范行业最少个数”（sectorMin）应在 0 到 100 之间的整数，现为 2.5'],
    ]);
    expect(await current('mass-evaluation')).toEqual({ rateTolerance: 0.005, flagThreshold: 1 / 3 });
  });

  it('refuses inverted grade bands at the parameter that was changed, judged against the stored ones', async () => {
    expect(await refusal(await put('branch-grading', { advancedMin: 70 }))).toEqual([
      ['advancedMin', '参数“较好最低分”（goodMin）应低于“先进最低分”（advancedMin）：现在分别为 80 和 70'],
    ]);
    expect(await refusal(await put('branch-grading', { fairMin: 85 }))).toEqual([
      ['fairMin', '参数“一般最低分”（fairMin）应低于“较好最低分”（goodMin）：现在分别为 85 和 80'],
    ]);
    // A band above five items' full marks could never be reached.
    expect(await refusal(await put('branch-grading', { scoreMax: 10 }))).toEqual([
      ['scoreMax', '参数“先进最低分”（advancedMin）应不高于“每项满分”（scoreMax）的 5 倍：现在分别为 90 和 10（5 倍为 50）'],
    ]);
    expect(await current('branch-grading')).toEqual({ scoreMax: 20, advancedMin: 90, goodMin: 80, fairMin: 60 });

    // Moved together, the same values are a valid set.
    expect((await put('branch-grading', { scoreMax: 10, advancedMin: 45, goodMin: 40, fairMin: 30 })).status).toBe(200);
    expect(await current('branch-grading')).toEqual({ scoreMax: 10, advancedMin: 45, goodMin: 40, fairMin: 30 });
    expect(await refusal(await put('branch-grading', { goodMin: 45 }))).toEqual([
      ['goodMin', '参数“较好最低分”（goodMin）应低于“先进最低分”（advancedMin）：现在分别为 45 和 45'],
    ]);
  });

  it('refuses sectorMin above sectorMax', async () => {
    expect(await refusal(await put('demonstration-action', { sectorMin: 4 }))).toEqual([
      ['sectorMin', '参数“示范行业最少个数”（sectorMin）应不高于“示范行业最多个数”（sectorMax）：现在分别为 4 和 3'],
    ]);
    expect((await put('demonstration-action', { sectorMin: 4, sectorMax: 5 })).status).toBe(200);
  });
});
