-- Saved asset searches: the AssetFilter's fields get columns of their own beside the ticket filter's; tag and
-- search_text serve both kinds. A field the asset filter gains later is a new nullable column, and NULL means
-- "does not filter", so older rows keep meaning what they meant. filter_version names how a row's filter columns
-- are to be read, should a field's meaning ever change; every row so far is version 1.
ALTER TABLE saved_searches ADD COLUMN filter_version SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE saved_searches ADD COLUMN asset_type_id BIGINT;
ALTER TABLE saved_searches ADD COLUMN asset_status_id BIGINT;
ALTER TABLE saved_searches ADD COLUMN location_id BIGINT;
ALTER TABLE saved_searches ADD COLUMN asset_owner_id BIGINT;
ALTER TABLE saved_searches ADD COLUMN assigned_user_id BIGINT;
