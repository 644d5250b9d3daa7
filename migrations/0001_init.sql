-- 台账通 schema. Rows are only ever inserted; the one UPDATE the service runs is
-- a submission's status/return fields (退回重填) and a token's revoked_at.
-- Dates are 'YYYY-MM-DD', instants ISO 8601 UTC ('YYYY-MM-DDTHH:MM:SS.sssZ').

CREATE TABLE organisations (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE units (
  org         TEXT NOT NULL REFERENCES organisations(id),
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  -- No foreign key: an import may list a child before its parent.
  parent_code TEXT,
  members     INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
  teams       INTEGER NOT NULL DEFAULT 0 CHECK (teams >= 0),
  branches    INTEGER NOT NULL DEFAULT 0 CHECK (branches >= 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (org, code)
);

CREATE TABLE periods (
  org         TEXT NOT NULL REFERENCES organisations(id),
  template_id TEXT NOT NULL,
  code        TEXT NOT NULL,
  opens       TEXT NOT NULL,
  due         TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (org, template_id, code)
);
CREATE INDEX periods_by_code ON periods (org, code);

CREATE TABLE tokens (
  id         TEXT PRIMARY KEY,
  org        TEXT NOT NULL REFERENCES organisations(id),
  kind       TEXT NOT NULL CHECK (kind IN ('admin', 'unit')),
  unit_code  TEXT,
  -- sha256 of the plaintext, lowercase hex; the plaintext is shown once and never stored.
  hash       TEXT NOT NULL UNIQUE,
  label      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  CHECK ((kind = 'unit') = (unit_code IS NOT NULL))
);
CREATE INDEX tokens_by_org ON tokens (org, kind, unit_code);

CREATE TABLE submissions (
  id             TEXT PRIMARY KEY,
  org            TEXT NOT NULL REFERENCES organisations(id),
  unit_code      TEXT NOT NULL,
  template_id    TEXT NOT NULL,
  period_code    TEXT NOT NULL,
  version        INTEGER NOT NULL CHECK (version >= 1),
  submitted_at   TEXT NOT NULL,
  submitted_by   TEXT NOT NULL,
  token_id       TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  r2_key         TEXT,
  source         TEXT NOT NULL CHECK (source IN ('file', 'grid')),
  file_name      TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('accepted', 'accepted_with_warnings', 'rejected', 'returned')),
  late           INTEGER NOT NULL CHECK (late IN (0, 1)),
  errors         INTEGER NOT NULL,
  warnings       INTEGER NOT NULL,
  row_count      INTEGER NOT NULL,
  report         TEXT NOT NULL,
  return_comment TEXT,
  returned_at    TEXT,
  UNIQUE (org, unit_code, template_id, period_code, version)
);
CREATE INDEX submissions_by_slot ON submissions (org, period_code, template_id, unit_code, version);

-- Written before their submission row (same id), so a submission becomes
-- visible only once all its rows exist; hence no foreign key here.
CREATE TABLE submission_rows (
  submission_id TEXT NOT NULL,
  row_no        INTEGER NOT NULL,
  "values"      TEXT NOT NULL,
  derived       TEXT NOT NULL,
  PRIMARY KEY (submission_id, row_no)
) WITHOUT ROWID;

-- What counts for a slot (unit × template × period): its latest version that
-- was not rejected, provided the office has not returned it. Summaries read
-- this view so every consumer applies the same rule.
CREATE VIEW counted_submissions AS
SELECT s.* FROM submissions s
WHERE s.status IN ('accepted', 'accepted_with_warnings')
  AND s.version = (
    SELECT MAX(t.version) FROM submissions t
    WHERE t.org = s.org AND t.unit_code = s.unit_code AND t.template_id = s.template_id
      AND t.period_code = s.period_code AND t.status <> 'rejected'
  );
