-- A user merge re-points saved asset searches whose filters name the merged user, as V61 does for ticket
-- filters; these columns hold user ids without a foreign key.
CREATE INDEX ix_saved_searches_asset_owner ON saved_searches (asset_owner_id);
CREATE INDEX ix_saved_searches_assigned_user ON saved_searches (assigned_user_id);
