-- Guards the unit tree against loops written by concurrent requests. A write
-- to `units` is sent in one batch (one transaction) together with an INSERT
-- of ok = 0 here that selects a row only when the written units now sit under
-- themselves; the CHECK then fails and the whole batch is rolled back. No row
-- is ever stored.
CREATE TABLE unit_tree_guard (
  ok INTEGER NOT NULL CONSTRAINT unit_tree_has_no_loop CHECK (ok = 1)
);
