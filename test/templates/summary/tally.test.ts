import { describe, expect, it } from 'vitest';
import { entriesNeeded, type SubmissionTally } from '../../../templates/summary/index.ts';
import { rankBySatisfaction } from '../../../templates/catalog/mass-evaluation.ts';

const tally = (lists: Record<string, number>, withItems = false): SubmissionTally => ({
  counters: {},
  lists: Object.fromEntries(Object.entries(lists).map(([k, total]) => [k, withItems ? { total, items: [] } : { total }])),
});

describe('entriesNeeded', () => {
  it('asks for the entries of the submissions that still find room in a list, in order', () => {
    const order = [
      { id: 'a', tally: tally({ overdue: 2, flagged: 0 }) },
      { id: 'b', tally: tally({ overdue: 2, flagged: 1 }) },
      { id: 'c', tally: tally({ overdue: 5, flagged: 0 }) },
      { id: 'd', tally: tally({ overdue: 0, flagged: 1 }) },
      { id: 'e', tally: tally({ overdue: 1, flagged: 9 }, true) },
      { id: 'f', tally: tally({ flagged: 1 }) },
    ];
    // cap 3: overdue is full after b (2 + 2 ≥ 3); flagged after e; e brought its entries already.
    expect([...entriesNeeded(order, 3)]).toEqual(['a', 'b', 'd']);
  });
});

describe('rankBySatisfaction', () => {
  it('ranks competition style, highest first, ties sharing a rank, none without a rate', () => {
    expect(rankBySatisfaction([0.9, null, 0.95, 0.9, 0.8])).toEqual([2, null, 1, 2, 4]);
  });
});
