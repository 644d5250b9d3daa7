-- How many data rows the ledger had as read, whatever its outcome: row_count
-- counts only stored (valid) rows, so a rejected version showed "0 行".
ALTER TABLE submissions ADD COLUMN rows_read INTEGER NOT NULL DEFAULT 0;
UPDATE submissions SET rows_read = COALESCE(json_extract(report, '$.stats.rowsRead'), row_count);

-- The unit declared in 基本信息 that it has nothing to report this period
-- (e.g. 本期无整改事项): counted as reported, shown as 本期无 in 报送情况.
ALTER TABLE submissions ADD COLUMN nil_return INTEGER NOT NULL DEFAULT 0;
UPDATE submissions SET nil_return = CASE WHEN json_extract(report, '$.nilReturn') THEN 1 ELSE 0 END;
