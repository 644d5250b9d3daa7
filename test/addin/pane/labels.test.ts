import { describe, expect, it } from 'vitest';
import { returnCommentText, versionLine, type VersionFacts } from '../../../addin/src/pane/labels.ts';

const v = (over: Partial<VersionFacts>): VersionFacts => ({
  submittedAt: '2026-07-10T02:03:04.000Z', fileName: '承诺践诺台账.xlsx', status: 'accepted', rowsRead: 10, rowCount: 10, nilReturn: false, errors: 0, warnings: 1, ...over,
});

describe('one version in 我的报送', () => {
  it('shows the rows read for a version refused for errors, not the 0 rows it stored', () => {
    expect(versionLine(v({ status: 'rejected', rowCount: 0, errors: 3 }))).toBe('2026-07-10 10:03 · 承诺践诺台账.xlsx · 读取 10 行，未计入 · 错误 3 · 提醒 1');
  });

  it('says how many rows were counted when some were not, and names a nil return', () => {
    expect(versionLine(v({}))).toBe('2026-07-10 10:03 · 承诺践诺台账.xlsx · 读取 10 行 · 错误 0 · 提醒 1');
    expect(versionLine(v({ status: 'accepted_with_warnings', rowCount: 8 }))).toBe('2026-07-10 10:03 · 承诺践诺台账.xlsx · 读取 10 行（计入 8 行） · 错误 0 · 提醒 1');
    expect(versionLine(v({ rowsRead: 0, rowCount: 0, nilReturn: true, warnings: 0 }))).toBe('2026-07-10 10:03 · 承诺践诺台账.xlsx · 声明本期无此事项 · 错误 0 · 提醒 0');
  });
});

describe('who returned it', () => {
  it('names the level above, or the 机关党委 when the office did', () => {
    expect(returnCommentText({ unitCode: 'Z1', name: '综合业务党总支' }, '请补充完成时限')).toBe('综合业务党总支退回意见：请补充完成时限');
    expect(returnCommentText(null, '请补充完成时限')).toBe('机关党委退回意见：请补充完成时限');
  });
});
