-- Who the office contacts when a unit's ledger is missing or late (催报): from
-- the 单位名单's 联系人 / 联系电话 columns or the units API. Optional.
ALTER TABLE units ADD COLUMN contact_name TEXT;
ALTER TABLE units ADD COLUMN contact_phone TEXT;
