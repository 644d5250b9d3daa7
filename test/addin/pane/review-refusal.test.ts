import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../addin/src/api/client.ts';
import { reviewRefusal } from '../../../addin/src/pane/review-refusal.ts';

const target = '第一党支部的承诺践诺台账第 2 版';

describe('a refused 审核通过 or 退回, in Chinese for the version at hand', () => {
  it('says a unit\'s own ledger goes to the level above', () => {
    expect(reviewRefusal(new ApiError(403, 'review/own-unit', '不能审核或退回本单位自己的台账：由上级单位或机关党委审核'), target))
      .toEqual({ text: '本级台账由上级审核：不能审核或退回本单位自己的台账。', stale: false });
  });

  it('says someone acted first, and asks for the slot to be read again', () => {
    expect(reviewRefusal(new ApiError(409, 'submission/not-approvable', 'x'), target)).toEqual({
      text: '第一党支部的承诺践诺台账第 2 版已不在待审核状态（可能已由其他上级审核通过或退回，或单位已报送新版本），未作改动，下面是它现在的情况。', stale: true,
    });
    expect(reviewRefusal(new ApiError(409, 'submission/not-returnable', 'x'), target)).toEqual({
      text: '第一党支部的承诺践诺台账第 2 版已不能退回（可能已被退回，或单位已报送新版本），未作改动，下面是它现在的情况。', stale: true,
    });
    expect(reviewRefusal(new ApiError(404, 'submission/not-found', 'x'), target)?.text).toBe('找不到第一党支部的承诺践诺台账第 2 版：它不在你的审核范围内，或已不存在。');
  });

  it('leaves any other failure to the worker\'s own message', () => {
    expect(reviewRefusal(new ApiError(0, 'network', '无法连接'), target)).toBeNull();
    expect(reviewRefusal(new Error('boom'), target)).toBeNull();
  });
});
