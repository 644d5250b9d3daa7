import { ApiError, type Report } from '../api/client.ts';

/**
 * A refused workbook (not a ledger, wrong template) comes back as 422 with its
 * report in error.details: the pane shows those issues like any other report,
 * so the user sees why, not just the first message.
 */
export function refusedReport(error: unknown): Report | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const details = error.details;
  if (!details || typeof details !== 'object' || !Array.isArray((details as { issues?: unknown }).issues)) return null;
  return details as Report;
}
