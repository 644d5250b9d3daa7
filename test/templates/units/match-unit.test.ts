import { describe, expect, it } from 'vitest';
import { unitMatcher } from '../../../templates/units/match-unit.ts';

const known = [
  { code: 'D1', name: '市统计局' },
  { code: 'B1', name: '市统计局第一支部' },
  { code: 'D2', name: '市财政局' },
  { code: 'ZH-01', name: '综合处党支部' },
  { code: 'X1', name: '第一党支部' },
  { code: 'X2', name: '第一党支部' },
  { code: 'Q', name: '党' },
];
const { match } = unitMatcher(known);

describe('unitMatcher', () => {
  it('matches by code first, full-width folded, even when the name names another unit', () => {
    expect(match({ code: 'ＺＨ－０１', name: '市财政局' })).toEqual({ code: 'ZH-01', name: '综合处党支部', matchedBy: 'code' });
  });

  it('then by the name key: spacing and full-width forms do not make another unit', () => {
    expect(match({ code: 'NOPE', name: '市 财政局' })).toEqual({ code: 'D2', name: '市财政局', matchedBy: 'name' });
  });

  it('finds one known name inside a longer text, such as a 基本信息 line read whole', () => {
    expect(match({ name: '综合处党支部    单位编码:ZH-01    报送期次:2026年下半年    填报日期:2027-01-08' })).toEqual({ code: 'ZH-01', name: '综合处党支部', matchedBy: 'name' });
    // 市统计局 is inside 市统计局第一支部: the longer hit stands for both.
    expect(match({ name: '中共市统计局第一支部委员会' })).toEqual({ code: 'B1', name: '市统计局第一支部', matchedBy: 'name' });
  });

  it('does not guess when the text holds two units, or a name two units share', () => {
    expect(match({ name: '市统计局、市财政局联合党支部' })).toEqual({ code: '市统计局、市财政局联合党支部', name: '市统计局、市财政局联合党支部', matchedBy: 'unlisted' });
    expect(match({ name: '第一党支部' })).toEqual({ code: '第一党支部', name: '第一党支部', matchedBy: 'unlisted' });
    expect(match({ code: 'X2', name: '第一党支部' })).toEqual({ code: 'X2', name: '第一党支部', matchedBy: 'code' });
  });

  it('never looks for a one-character name inside other text', () => {
    expect(match({ name: '党员服务中心' })).toMatchObject({ matchedBy: 'unlisted' });
    expect(match({ name: '党' })).toEqual({ code: 'Q', name: '党', matchedBy: 'name' });
  });

  it('falls back to the file name, and else lists the unit as the file names it', () => {
    expect(match({ name: '市审计局', fileStem: '市财政局' })).toEqual({ code: 'D2', name: '市财政局', matchedBy: 'file-name' });
    expect(match({ code: 'SJ', name: '市审计局', fileStem: '审计' })).toEqual({ code: 'SJ', name: '市审计局', matchedBy: 'unlisted' });
    expect(match({ fileStem: '市审计局' })).toEqual({ code: '市审计局', name: '市审计局', matchedBy: 'unlisted' });
    expect(match({})).toBeNull();
  });
});
