-- How many data rows the ledger had as read, whatever its outcome: row_count
-- counts only stored (valid) rows, so a rejected version showed "0 行".
ALTER TABLE submissions ADD COLUMN rows_read INTEGER NOT NULL DEFAULT 0;
UPDATE submissions SET rows_read = COALESCE(json_extract(report, '$.stats.rowsRead'), row_count);
