-- The office's overrides of a template's `defaults` (thresholds, quotas, score
-- bands): DOMAIN says they are configurable, not hard-coded. A key absent here
-- means the template's default applies.
CREATE TABLE template_params (
  org         TEXT NOT NULL REFERENCES organisations(id),
  template_id TEXT NOT NULL,
  key         TEXT NOT NULL,
  value       REAL NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (org, template_id, key)
);
