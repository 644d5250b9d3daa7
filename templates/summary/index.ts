export { createSummaryBuilder } from './builder.ts';
export { summarySchema, summarySchemaFor, type Summary, type SummaryFor } from './schema.ts';
export { statusOfReport } from './status.ts';
export { countSlots, countsInSummary, EMPTY_COUNTS, shownVersion, SLOT_STATE_LABEL, slotState, type SlotState } from './slot-state.ts';
export type * from './schema-core.ts';
export type { DetailRow, ReviewState, SubmissionStatus, SummaryBuilder, SummaryOptions, SummarySubmission, SummaryUnit } from './types.ts';
export { DEFAULT_LIST_CAP } from './types.ts';
export { entriesNeeded, tallyOf, type ListTally, type SubmissionTally } from './tally.ts';
export { defaultDueDate, preferLater, unitOfFile, type Candidate, type FileUnit } from './offline.ts';
