-- What each stored submission adds to the summary (its tally), computed from
-- its rows when it is stored, so a summary reads one small record per unit and
-- ledger instead of every row. A tally holds only what the stored rows say
-- (overdue was judged on the ledger's own report date; thresholds the validator
-- applies were applied then); what the office may change and the summary applies
-- (quotas, meeting minimums) is applied when the summary is built.
--
-- Submissions stored before this table existed, and tallies counted by an older
-- version of a ledger's counting rules (`version`), are counted again from their
-- stored rows the first time a summary reads them (worker/ledger/build-summary.ts):
-- the counting lives in the ledger definitions, not in SQL.
--
-- Written in the same batch as its submission row; no foreign key, like
-- submission_rows.
CREATE TABLE submission_tallies (
  submission_id TEXT PRIMARY KEY,
  version       INTEGER NOT NULL,
  -- JSON object: counter name → number.
  counters      TEXT NOT NULL,
  -- JSON object: list key → how many entries the submission had.
  list_totals   TEXT NOT NULL,
  -- JSON object: list key → its first entries (read only while a summary's list has room).
  list_items    TEXT NOT NULL
) WITHOUT ROWID;
