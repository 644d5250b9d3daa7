export { createSummaryBuilder } from './builder.ts';
export { summarySchema } from './schema.ts';
export { statusOfReport } from './status.ts';
export type * from './schema.ts';
export type { DetailRow, SubmissionStatus, SummaryBuilder, SummaryOptions, SummarySubmission, SummaryUnit } from './types.ts';
export { DEFAULT_LIST_CAP } from './types.ts';
export { defaultDueDate, preferLater, unitOfFile, type Candidate, type FileUnit } from './offline.ts';
