import type { Caller } from '../app-env.ts';
import { templateById } from '../../templates/catalog/index.ts';
import { statusOfReport } from '../../templates/summary/index.ts';
import type { Report } from '../../templates/model/issue.ts';
import { sha256Hex } from '../auth/token-hash.ts';
import { orgParams } from '../db/params.ts';
import { getPeriod } from '../db/periods.ts';
import { isReviewed } from '../db/reviews.ts';
import { insertSubmission, latestInSlot, type ReviewState, type SubmissionStatus } from '../db/submissions.ts';
import { checkedAgainstRoster, latestRoster } from '../db/roster.ts';
import { getUnit } from '../db/units.ts';
import type { LedgerInput } from '../http/ledger-input.ts';
import { periodNotFound, templateNotFound, unitNotFound } from '../http/not-found.ts';
import { checkLedger } from './check-ledger.ts';
import { chinaDate, isLate } from '../../templates/model/china-time.ts';
import { refuse } from './refusal.ts';
import { tallyFor } from './tally-for.ts';
import { storeOriginal } from './store-file.ts';

export interface SubmitResult {
  id: string;
  version: number;
  status: SubmissionStatus;
  late: boolean;
  /** 'pending' when the ledger is reviewed level by level: it counts once a level above approves it. */
  review: ReviewState | null;
  report: Report;
  /** Set when the bytes equal the slot's newest version: nothing new was stored, this is that version. */
  duplicateOf: number | null;
}

/**
 * One upload for the caller's unit into a (template, period) slot. A ledger
 * with errors is kept as `rejected` (it never counts), so the unit and the
 * office can both see what was sent; only input that is not this template at
 * all is refused without a trace.
 */
export async function submitLedger(
  env: Env, caller: Caller & { unitCode: string }, slot: { templateId: string; period: string }, input: LedgerInput, now: Date,
): Promise<SubmitResult> {
  if (!templateById(slot.templateId)) throw templateNotFound(slot.templateId);
  const [period, unit, tuned, reviewed] = await Promise.all([
    getPeriod(env.DB, caller.org, slot.templateId, slot.period),
    getUnit(env.DB, caller.org, caller.unitCode),
    orgParams(env.DB, caller.org),
    isReviewed(env.DB, caller.org, slot.templateId),
  ]);
  if (!unit) throw unitNotFound(caller.unitCode);
  if (!period) throw periodNotFound(slot.templateId, slot.period);

  const bytes = input.kind === 'file' ? input.bytes : new TextEncoder().encode(JSON.stringify(input.grid));
  const sha256 = await sha256Hex(bytes);
  // Sending the same file twice (a double click, a second e-mail) is not a new version.
  const latest = await latestInSlot(env.DB, caller.org, { unitCode: caller.unitCode, templateId: slot.templateId, periodCode: slot.period });
  if (latest && latest.sha256 === sha256) {
    return { id: latest.id, version: latest.version, status: latest.status, late: latest.late, review: latest.review, report: JSON.parse(latest.report) as Report, duplicateOf: latest.version };
  }

  const known = checkedAgainstRoster(slot.templateId) ? await latestRoster(env.DB, caller.org, caller.unitCode) : null;
  const { report, info, rows } = checkLedger(input, {
    expectedTemplate: slot.templateId, period: slot.period, today: chinaDate(now), unit: { code: unit.code, name: unit.name },
    ...(known ? { roster: known.roster, branches: known.branches } : {}),
    params: tuned,
  });
  if (report.template === null) throw refuse(report);

  const r2Key = input.kind === 'file' ? await storeOriginal(env.FILES, sha256, input.bytes) : null;
  const status = statusOfReport(report);
  const late = isLate(now, period.due);
  // Judged when stored, like lateness: a later change of the office's settings judges the next versions.
  const review: ReviewState | null = reviewed && status !== 'rejected' ? 'pending' : null;
  const id = crypto.randomUUID();
  const version = await insertSubmission(
    env.DB,
    {
      id, org: caller.org, unitCode: caller.unitCode, templateId: slot.templateId, periodCode: slot.period,
      submittedAt: now.toISOString(), submittedBy: info.filler ?? caller.label, tokenId: caller.tokenId,
      sha256, r2Key, source: input.kind, fileName: input.kind === 'file' ? input.fileName : input.grid.source.name,
      status, late, errors: report.stats.errors, warnings: report.stats.warnings, rowsRead: report.stats.rowsRead, nilReturn: report.nilReturn === true, review, report: JSON.stringify(report),
    },
    // A rejected ledger never counts, so its rows and tally are not worth storing.
    status === 'rejected' ? [] : rows,
    status === 'rejected' ? null : tallyFor(slot.templateId, rows),
  );
  return { id, version, status, late, review, report, duplicateOf: null };
}
