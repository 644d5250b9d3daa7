-- 逐级审核 (DOMAIN §4b): per organisation and ledger, the office may ask that a
-- unit's accepted ledger wait as 待审核 until a level above it (its 党总支, a
-- higher one, or the 机关党委) approves it; only then does it count.

-- The ledgers the organisation reviews level by level; a ledger absent here
-- counts as soon as it is accepted, as before.
CREATE TABLE review_ledgers (
  org         TEXT NOT NULL REFERENCES organisations(id),
  template_id TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (org, template_id)
);

-- Set when a version is stored: NULL when its ledger needs no review (or it was
-- rejected), 'pending' until approved, then 'approved'; back to NULL when the
-- version is returned (its history keeps what happened). Versions stored before
-- review was turned on keep NULL and count as they did.
ALTER TABLE submissions ADD COLUMN review TEXT CHECK (review IN ('pending', 'approved'));
-- Who returned a returned version: a reviewing unit's code, NULL for the
-- 机关党委 (the admin) — beside return_comment and returned_at, so the board and
-- the unit's home name the level without reading the history.
ALTER TABLE submissions ADD COLUMN returned_by TEXT;

-- Every approval and return, for the slot's history: who (by_unit_code NULL =
-- the 机关党委's admin token), with which token, when, and the comment.
CREATE TABLE review_events (
  id            TEXT PRIMARY KEY,
  org           TEXT NOT NULL REFERENCES organisations(id),
  submission_id TEXT NOT NULL,
  action        TEXT NOT NULL CHECK (action IN ('approve', 'return')),
  by_unit_code  TEXT,
  token_id      TEXT NOT NULL,
  at            TEXT NOT NULL,
  comment       TEXT
);
CREATE INDEX review_events_by_submission ON review_events (org, submission_id, at);

-- A slot's current version: its latest version that was not rejected, when
-- that version is accepted (not returned). What the office or a reviewer may
-- approve or return.
CREATE VIEW current_submissions AS
SELECT s.* FROM submissions s
WHERE s.status IN ('accepted', 'accepted_with_warnings')
  AND s.version = (
    SELECT MAX(t.version) FROM submissions t
    WHERE t.org = s.org AND t.unit_code = s.unit_code AND t.template_id = s.template_id
      AND t.period_code = s.period_code AND t.status <> 'rejected'
  );

-- What counts for a slot: its current version, unless it still waits for
-- review. An earlier approved version does not count while a newer one waits:
-- the newest version is what the unit means. Same rule in TypeScript:
-- countsInSummary (templates/summary/slot-state.ts).
DROP VIEW counted_submissions;
CREATE VIEW counted_submissions AS
SELECT c.* FROM current_submissions c
WHERE c.review IS NULL OR c.review = 'approved';
