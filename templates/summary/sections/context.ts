import type { NormalisedRow } from '../../read/validate-grid.ts';
import type { FlaggedObject, OverduePledge, OverdueRectification, RowHead } from '../schema.ts';
import type { CappedList, Tally } from '../tally.ts';

export interface SummaryLists {
  overduePledges: CappedList<OverduePledge>;
  flaggedObjects: CappedList<FlaggedObject>;
  overdueRectifications: CappedList<OverdueRectification>;
}

export interface CountContext {
  unitCode: string;
  unitName: string;
  lists: SummaryLists;
}

/** Counts one submission's rows into its unit's tally; distinct names are distinct within that unit. */
export type Counter = (t: Tally, rows: Iterable<NormalisedRow>, ctx: CountContext) => void;

/** Turns a (unit's or subtree's) tally into the section's figures. */
export type Figures<F> = (t: Tally, head: RowHead) => F;
