import { describe, expect, it } from 'vitest';
import type { SubmissionList } from '../../../addin/src/api/client.ts';
import { currentVersionIds, historyLabels, isReturnable, newestFirst, reviewHistory, shownReview, type VersionInfo } from '../../../addin/src/pane/slot-history.ts';

const v = (version: number, returnedAt: string | null = null, returnComment: string | null = null, over: Partial<VersionInfo> = {}): VersionInfo => ({
  id: `s${version}`, version, status: returnedAt ? 'returned' : 'accepted', returnedAt, returnComment, returnedBy: null, review: null, reviewEvents: [], ...over,
});
const Z1 = { unitCode: 'Z1', name: '综合业务党总支' };

describe('the slot view', () => {
  it('lists versions newest first', () => {
    expect(newestFirst([v(1), v(3), v(2)]).map((x) => x.version)).toEqual([3, 2, 1]);
  });

  it('keeps every return, the latest first, with who sent it back and the comment the unit read', () => {
    const versions = [v(1, '2026-07-02T01:00:00.000Z', '第 5 行完成时限有误', { returnedBy: Z1 }), v(2), v(3, '2026-07-09T01:00:00.000Z', '承诺事项请写明可量化的目标')];
    expect(reviewHistory(versions)).toEqual([
      { version: 3, action: 'return', by: null, at: '2026-07-09T01:00:00.000Z', comment: '承诺事项请写明可量化的目标' },
      { version: 1, action: 'return', by: Z1, at: '2026-07-02T01:00:00.000Z', comment: '第 5 行完成时限有误' },
    ]);
    expect(reviewHistory([v(1), v(2)])).toEqual([]);
  });

  it('builds the history from the list alone: returns from the versions, approvals from the events listed with each', () => {
    // GET /api/submissions?period&templateId&unit as the slot dialog reads it, each version with its reviewEvents.
    const base = {
      unitCode: 'A1', templateId: 'pledge-ledger', periodCode: '2026H1', submittedAt: '2026-07-01T01:00:00.000Z', submittedBy: 'A1', sha256: 'x', source: 'grid',
      fileName: '承诺践诺台账.xlsx', hasFile: false, late: false, errors: 0, warnings: 0, rowCount: 2, rowsRead: 2, nilReturn: false,
    } as const;
    const list: SubmissionList = [
      { ...base, id: 's1', version: 1, status: 'returned', returnComment: '请补充', returnedAt: '2026-07-02T01:00:00.000Z', returnedBy: Z1, review: null,
        reviewEvents: [{ action: 'return', by: Z1, at: '2026-07-02T01:00:00.000Z', comment: '请补充' }] },
      { ...base, id: 's2', version: 2, status: 'returned', returnComment: '机关党委抽查：第 3 行有误', returnedAt: '2026-07-08T01:00:00.000Z', returnedBy: null, review: null,
        reviewEvents: [{ action: 'approve', by: Z1, at: '2026-07-05T01:00:00.000Z', comment: null }, { action: 'return', by: null, at: '2026-07-08T01:00:00.000Z', comment: '机关党委抽查：第 3 行有误' }] },
      { ...base, id: 's3', version: 3, status: 'accepted', returnComment: null, returnedAt: null, returnedBy: null, review: 'approved',
        reviewEvents: [{ action: 'approve', by: Z1, at: '2026-07-10T01:00:00.000Z', comment: '同意上报' }] },
      { ...base, id: 's4', version: 4, status: 'accepted', returnComment: null, returnedAt: null, returnedBy: null, review: 'pending', reviewEvents: [] },
    ];
    const entries = reviewHistory(list);
    expect(entries).toEqual([
      { version: 3, action: 'approve', by: Z1, at: '2026-07-10T01:00:00.000Z', comment: '同意上报' },
      { version: 2, action: 'return', by: null, at: '2026-07-08T01:00:00.000Z', comment: '机关党委抽查：第 3 行有误' },
      { version: 2, action: 'approve', by: Z1, at: '2026-07-05T01:00:00.000Z', comment: '' },
      { version: 1, action: 'return', by: Z1, at: '2026-07-02T01:00:00.000Z', comment: '请补充' },
    ]);
    expect(historyLabels(list, entries).title).toBe('审核与退回记录');
  });

  it('speaks of 审核 only where the slot was reviewed', () => {
    expect(historyLabels([v(1), v(2, '2026-07-02T01:00:00.000Z', 'x')], [])).toEqual({ title: '退回记录', empty: '没有退回记录。' });
    expect(historyLabels([v(1, null, null, { review: 'pending' })], [])).toEqual({ title: '审核与退回记录', empty: '没有审核或退回记录。' });
    // Approved, then returned by the office: the version's review is gone, its approval is not.
    const approvedThenReturned = [v(1, '2026-07-08T01:00:00.000Z', 'x')];
    expect(historyLabels(approvedThenReturned, [{ version: 1, action: 'approve', by: Z1, at: '2026-07-05T01:00:00.000Z', comment: '' }]).title).toBe('审核与退回记录');
  });

  it('offers 退回 only on the version the board counts', () => {
    expect([isReturnable(v(2), 's2'), isReturnable(v(1), 's2'), isReturnable(v(2), null)]).toEqual([true, false, false]);
  });

  it('shows 待审核 on the current version of each slot only; 审核通过 stays on any version', () => {
    const s = (id: string, templateId: string, version: number, status: 'accepted' | 'rejected' | 'returned') => ({ id, unitCode: 'B1', templateId, periodCode: '2026H1', version, status });
    expect([...currentVersionIds([s('a1', 'pledge', 1, 'accepted'), s('a2', 'pledge', 2, 'accepted'), s('a3', 'pledge', 3, 'rejected'), s('b1', 'grading', 1, 'returned'), s('c1', 'other', 1, 'rejected')])].sort())
      .toEqual(['a2', 'b1']);
    expect([shownReview('pending', true), shownReview('pending', false), shownReview('approved', false), shownReview(null, true)]).toEqual(['pending', null, 'approved', null]);
  });
});
