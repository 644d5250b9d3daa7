import { describe, expect, it } from 'vitest';
import { needsAction, owedLine, type OwedFacts } from '../../../addin/src/pane/owed-text.ts';

const f = (over: Partial<OwedFacts>): OwedFacts => ({ state: 'missing', due: '2027-01-15', daysLeft: 12, version: null, returnComment: null, returnedBy: null, review: null, rejected: null, nilReturn: false, ...over });

describe('the unit\'s home line for one ledger', () => {
  it('says days left, the due day, or days overdue', () => {
    expect(owedLine(f({}))).toBe('尚未报送；截止 2027-01-15，还剩 12 天');
    expect(owedLine(f({ daysLeft: 0 }))).toBe('尚未报送；今天（2027-01-15）截止');
    expect(owedLine(f({ daysLeft: -3 }))).toBe('尚未报送；截止 2027-01-15，已逾期 3 天');
  });

  it('tells a returned or rejected ledger from a sent one', () => {
    expect(owedLine(f({ state: 'returned', version: 2, daysLeft: -1, returnComment: '第 5 行完成时限有误' }))).toBe('第 2 版已被机关党委退回，请按下方意见修改后重新报送；截止 2027-01-15，已逾期 1 天');
    // Returned before a comment was required: nothing below to follow, so the line says whom to ask.
    expect(owedLine(f({ state: 'returned', version: 2, daysLeft: 3 }))).toBe('第 2 版已被机关党委退回，未附意见，请向机关党委了解原因，修改后重新报送；截止 2027-01-15，还剩 3 天');
    expect(owedLine(f({ state: 'rejected', rejected: { version: 1, errors: 3 } }))).toBe('第 1 版有 3 个错误，未计入，请修改后重新报送；截止 2027-01-15，还剩 12 天');
    expect(owedLine(f({ state: 'late', version: 3, nilReturn: true }))).toBe('已报送第 3 版（逾期报送），声明本期无此事项');
    expect(owedLine(f({ state: 'pending_review', version: 2 }))).toBe('已报送第 2 版，等待上级审核；审核通过后计入汇总');
    expect(['missing', 'returned', 'rejected', 'on_time', 'late', 'pending_review'].map((state) => needsAction(f({ state: state as OwedFacts['state'] })))).toEqual([true, true, true, false, false, false]);
  });

  it('names the level that sent it back, and says when a level above approved it (逐级审核)', () => {
    const z1 = { unitCode: 'Z1', name: '综合业务党总支' };
    expect(owedLine(f({ state: 'returned', version: 1, returnedBy: z1, returnComment: '请补充完成时限' }))).toBe('第 1 版已被综合业务党总支退回，请按下方意见修改后重新报送；截止 2027-01-15，还剩 12 天');
    expect(owedLine(f({ state: 'returned', version: 1, returnedBy: z1 }))).toBe('第 1 版已被综合业务党总支退回，未附意见，请向综合业务党总支了解原因，修改后重新报送；截止 2027-01-15，还剩 12 天');
    expect(owedLine(f({ state: 'on_time', version: 2, review: 'approved' }))).toBe('已报送第 2 版，上级已审核通过');
    expect(owedLine(f({ state: 'pending_review', version: 2, review: 'pending', rejected: { version: 3, errors: 2 } }))).toBe('已报送第 2 版，等待上级审核；审核通过后计入汇总；之后的第 3 版有 2 个错误，未计入');
  });
});
