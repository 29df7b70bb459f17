-- Asset types and locations can be archived. Both tables are small lookup lists read whole (like asset_statuses),
-- so the flag needs no index of its own.
ALTER TABLE asset_types ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE locations ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
