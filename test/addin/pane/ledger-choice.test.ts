import { describe, expect, it } from 'vitest';
import { chooseLedger, type LedgerChoiceInput, type OwedSlot } from '../../../addin/src/pane/ledger-choice.ts';

// A period's ledgers as GET /api/me lists them: the catalog's order, not the ids' (branch-grading would sort first).
const OPTIONS = ['pledge-ledger', 'mass-evaluation', 'rectification-ledger', 'branch-grading'];
const owed = (period: string, states: Record<string, OwedSlot['state']>): OwedSlot[] =>
  Object.entries(states).map(([templateId, state]) => ({ periodCode: period, templateId, state }));
const pick = (over: Partial<LedgerChoiceInput>): string =>
  chooseLedger({ options: OPTIONS, current: '', chosen: false, period: '2026H1', owed: null, ...over });

describe('the ledger the picker shows', () => {
  it('is the first ledger the unit still owes this period, in the catalog order', () => {
    const states = owed('2026H1', { 'pledge-ledger': 'on_time', 'mass-evaluation': 'late', 'rectification-ledger': 'missing', 'branch-grading': 'missing' });
    expect(pick({ owed: states })).toBe('rectification-ledger');
    // 已退回 and 已拒收 are owed as much as 未报送.
    expect(pick({ owed: owed('2026H1', { 'pledge-ledger': 'on_time', 'mass-evaluation': 'returned', 'branch-grading': 'missing' }) })).toBe('mass-evaluation');
    expect(pick({ owed: owed('2026H1', { 'pledge-ledger': 'rejected', 'mass-evaluation': 'missing' }) })).toBe('pledge-ledger');
  });

  it('reads only the chosen period', () => {
    const both = [...owed('2026H2', { 'pledge-ledger': 'missing' }), ...owed('2026H1', { 'pledge-ledger': 'on_time', 'branch-grading': 'missing' })];
    expect(pick({ owed: both })).toBe('branch-grading');
    expect(pick({ owed: both, period: '2026H2' })).toBe('pledge-ledger');
  });

  it('keeps what the user picked, even a ledger already sent', () => {
    const states = owed('2026H1', { 'pledge-ledger': 'on_time', 'mass-evaluation': 'missing' });
    expect(pick({ owed: states, current: 'pledge-ledger', chosen: true })).toBe('pledge-ledger');
    // …as long as the period offers it.
    expect(pick({ owed: states, current: 'golden-ideas', chosen: true })).toBe('mass-evaluation');
  });

  it('keeps a remembered ledger while it is still owed, and moves on once it is sent', () => {
    const states = owed('2026H1', { 'pledge-ledger': 'missing', 'mass-evaluation': 'missing', 'branch-grading': 'on_time' });
    expect(pick({ owed: states, current: 'mass-evaluation' })).toBe('mass-evaluation');
    expect(pick({ owed: states, current: 'branch-grading' })).toBe('pledge-ledger');
  });

  it('falls back to what it held, then to the catalog\'s first, when nothing is owed or the states are unknown', () => {
    const done = owed('2026H1', { 'pledge-ledger': 'on_time', 'mass-evaluation': 'late' });
    expect(pick({ owed: done, current: 'mass-evaluation' })).toBe('mass-evaluation');
    expect(pick({ owed: done })).toBe('pledge-ledger');
    expect(pick({ current: 'branch-grading' })).toBe('branch-grading');
    expect(pick({ current: 'golden-ideas' })).toBe('pledge-ledger');
    expect(pick({ options: [] })).toBe('');
  });
});
