import type { Issue, Report } from '../model/issue.ts';
import { issueMessage } from './zh.ts';

/** An issue with the Chinese text a person reads, for clients that have no message table. */
export const withMessage = (issue: Issue): Issue => ({ ...issue, message: issueMessage(issue) });

/**
 * The report as it leaves the project (CLI --json, API responses): every issue,
 * refusals included, carries its `message`. Reports are stored without them, so
 * a reworded message reaches old reports too.
 */
export const withMessages = (report: Report): Report => ({ ...report, issues: report.issues.map(withMessage) });
