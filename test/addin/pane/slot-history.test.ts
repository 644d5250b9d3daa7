import { describe, expect, it } from 'vitest';
import { isReturnable, newestFirst, returnHistory } from '../../../addin/src/pane/slot-history.ts';

const v = (version: number, returnedAt: string | null = null, returnComment: string | null = null) => ({ id: `s${version}`, version, returnedAt, returnComment });

describe('the slot view', () => {
  it('lists versions newest first', () => {
    expect(newestFirst([v(1), v(3), v(2)]).map((x) => x.version)).toEqual([3, 2, 1]);
  });

  it('keeps every return, the latest first, with the comment the unit read', () => {
    const versions = [v(1, '2026-07-02T01:00:00.000Z', '第 5 行完成时限有误'), v(2), v(3, '2026-07-09T01:00:00.000Z', '承诺事项请写明可量化的目标')];
    expect(returnHistory(versions)).toEqual([
      { version: 3, at: '2026-07-09T01:00:00.000Z', comment: '承诺事项请写明可量化的目标' },
      { version: 1, at: '2026-07-02T01:00:00.000Z', comment: '第 5 行完成时限有误' },
    ]);
    expect(returnHistory([v(1), v(2)])).toEqual([]);
  });

  it('offers 退回 only on the version the board counts', () => {
    expect([isReturnable(v(2), 's2'), isReturnable(v(1), 's2'), isReturnable(v(2), null)]).toEqual([true, false, false]);
  });
});
