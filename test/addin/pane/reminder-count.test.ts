import { describe, expect, it } from 'vitest';
import { reminderCountText } from '../../../addin/src/pane/reminder-count.ts';

describe('reminderCountText', () => {
  it('counts the owed ledgers by state and the units to call', () => {
    const lines = [{ unitCode: 'B', label: '未报送' }, { unitCode: 'B', label: '已退回' }, { unitCode: 'C', label: '未报送' }];
    expect(reminderCountText(lines)).toBe('需催报 3 项（未报送 2、已退回 1），涉及 2 个单位。逾期报送的已报送，不列入。');
  });

  it('says when nothing is owed', () => {
    expect(reminderCountText([])).toBe('应报单位均已报送，无需催报。');
  });
});
