import { reviewerRef, type ReviewerRef } from './submissions.ts';
import { groupsOf, IDS_PER_QUERY } from './tallies.ts';

/** The ledgers an organisation reviews level by level (逐级审核), by template id. */
export async function reviewedLedgers(db: D1Database, org: string): Promise<Set<string>> {
  const { results } = await db.prepare('SELECT template_id FROM review_ledgers WHERE org = ?').bind(org).all<{ template_id: string }>();
  return new Set(results.map((r) => r.template_id));
}

/** Whether one ledger is reviewed: asked once per submission, when its review state is set. */
export async function isReviewed(db: D1Database, org: string, templateId: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 AS x FROM review_ledgers WHERE org = ? AND template_id = ?').bind(org, templateId).first()) !== null;
}

/** What a released version's history says: nobody approved it, the office stopped asking. */
export const RELEASE_COMMENT = '机关党委取消了该台账的逐级审核，待审核的版本直接计入汇总';

/**
 * Replaces the set in one transaction. A ledger taken out of review releases
 * its versions still waiting (review back to NULL): they count as an
 * unreviewed ledger's do, instead of waiting for an approval nobody is asked
 * for any more. Each release is recorded as the 机关党委's 审核通过 with a
 * comment saying why, so every counted version's history says how it came to
 * count. A ledger put under review judges the next versions only; what
 * already counts keeps counting.
 */
export async function setReviewedLedgers(db: D1Database, org: string, templateIds: readonly string[], at: string, tokenId: string): Promise<void> {
  const ids = JSON.stringify(templateIds);
  const waitingElsewhere = `org = ?1 AND review = 'pending' AND template_id NOT IN (SELECT value FROM json_each(?2))`;
  await db.batch([
    db.prepare(`INSERT INTO review_events (id, org, submission_id, action, by_unit_code, token_id, at, comment)
      SELECT lower(hex(randomblob(16))), org, id, 'approve', NULL, ?3, ?4, ?5 FROM submissions WHERE ${waitingElsewhere}`).bind(org, ids, tokenId, at, RELEASE_COMMENT),
    db.prepare(`UPDATE submissions SET review = NULL WHERE ${waitingElsewhere}`).bind(org, ids),
    db.prepare('DELETE FROM review_ledgers WHERE org = ? AND template_id NOT IN (SELECT value FROM json_each(?))').bind(org, ids),
    db.prepare('INSERT INTO review_ledgers (org, template_id, updated_at) SELECT ?, value, ? FROM json_each(?) WHERE true ON CONFLICT DO NOTHING').bind(org, at, ids),
  ]);
}

/** Who acts on a version: a reviewing unit's code (null for the admin) and the token it used. */
export interface ReviewAct {
  org: string;
  submissionId: string;
  byUnitCode: string | null;
  tokenId: string;
  at: string;
  comment: string | null;
}

/** Records the act only when the UPDATE just before it in the batch changed the row: a refused act leaves no trace. */
const eventSql = `INSERT INTO review_events (id, org, submission_id, action, by_unit_code, token_id, at, comment)
  SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1`;

const event = (db: D1Database, action: 'approve' | 'return', a: ReviewAct) =>
  db.prepare(eventSql).bind(crypto.randomUUID(), a.org, a.submissionId, action, a.byUnitCode, a.tokenId, a.at, a.comment);

/**
 * 审核通过: only the slot's current version, and only while it waits, checked
 * in the same statement that marks it (two approvals cannot both pass).
 */
export async function approveSubmission(db: D1Database, a: ReviewAct): Promise<boolean> {
  const [update] = await db.batch([
    db.prepare(`UPDATE submissions SET review = 'approved'
      WHERE org = ?1 AND id = ?2 AND review = 'pending' AND id IN (SELECT id FROM current_submissions WHERE org = ?1)`).bind(a.org, a.submissionId),
    event(db, 'approve', a),
  ]);
  return update!.meta.changes === 1;
}

/**
 * 退回重填: only the slot's current version (counted or waiting for review),
 * checked in the same statement that marks it. A returned version leaves the
 * review (review back to NULL): it waits for nobody, and whether it had been
 * approved stays in its history.
 */
export async function returnSubmission(db: D1Database, a: ReviewAct & { comment: string }): Promise<boolean> {
  const [update] = await db.batch([
    db.prepare(`UPDATE submissions SET status = 'returned', return_comment = ?3, returned_at = ?4, returned_by = ?5, review = NULL
      WHERE org = ?1 AND id = ?2 AND id IN (SELECT id FROM current_submissions WHERE org = ?1)`)
      .bind(a.org, a.submissionId, a.comment, a.at, a.byUnitCode),
    event(db, 'return', a),
  ]);
  return update!.meta.changes === 1;
}

export interface ReviewEvent {
  action: 'approve' | 'return';
  /** The reviewing unit, or null for the 机关党委. */
  by: ReviewerRef;
  at: string;
  comment: string | null;
}

interface EventRow {
  submission_id: string;
  action: 'approve' | 'return';
  by_unit_code: string | null;
  name: string | null;
  at: string;
  comment: string | null;
}

// The reviewer named as the unit list has it now; `where` speaks of e (and of s, the version, when joined).
const eventsSql = (where: string, joinSubmissions = false) =>
  `SELECT e.submission_id, e.action, e.by_unit_code, u.name, e.at, e.comment FROM review_events e
  ${joinSubmissions ? 'JOIN submissions s ON s.org = e.org AND s.id = e.submission_id' : ''}
  LEFT JOIN units u ON u.org = e.org AND u.code = e.by_unit_code
  WHERE ${where} ORDER BY e.submission_id, e.at, e.rowid`;

const toEvent = (r: EventRow): ReviewEvent => ({ action: r.action, by: reviewerRef(r.by_unit_code, r.name), at: r.at, comment: r.comment });

/** Events grouped by version, each version's oldest first (the rows come ordered so). */
function bySubmission(rows: readonly EventRow[], into = new Map<string, ReviewEvent[]>()): Map<string, ReviewEvent[]> {
  for (const r of rows) {
    const list = into.get(r.submission_id);
    if (list) list.push(toEvent(r));
    else into.set(r.submission_id, [toEvent(r)]);
  }
  return into;
}

/** A version's approvals and returns, oldest first. */
export async function reviewEvents(db: D1Database, org: string, submissionId: string): Promise<ReviewEvent[]> {
  const { results } = await db.prepare(eventsSql('e.org = ? AND e.submission_id = ?')).bind(org, submissionId).all<EventRow>();
  return results.map(toEvent);
}

/**
 * The approvals and returns of listed versions, by submission id (every id
 * present, [] when it has none): one statement per IDS_PER_QUERY ids, all in
 * one batch, so a list costs one round trip however many versions it holds.
 */
export async function reviewEventsOf(db: D1Database, org: string, ids: readonly string[]): Promise<Map<string, ReviewEvent[]>> {
  const out = new Map<string, ReviewEvent[]>(ids.map((id) => [id, []]));
  const statements = groupsOf(ids, IDS_PER_QUERY).map((chunk) =>
    db.prepare(eventsSql(`e.org = ? AND e.submission_id IN (${chunk.map(() => '?').join(', ')})`)).bind(org, ...chunk));
  if (statements.length === 0) return out;
  for (const { results } of await db.batch<EventRow>(statements)) bySubmission(results, out);
  return out;
}

/** Every approval and return of a period's versions, by submission id, in one query (the archive's manifest). */
export async function periodReviewEvents(db: D1Database, org: string, periodCode: string): Promise<Map<string, ReviewEvent[]>> {
  const { results } = await db.prepare(eventsSql('e.org = ? AND s.period_code = ?', true)).bind(org, periodCode).all<EventRow>();
  return bySubmission(results);
}
