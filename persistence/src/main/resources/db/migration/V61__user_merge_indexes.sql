-- A user merge re-points saved searches whose filters name the merged user; these columns hold user ids
-- without a foreign key, so nothing indexed them yet.
CREATE INDEX ix_saved_searches_requester ON saved_searches (requester_id);
CREATE INDEX ix_saved_searches_assignee ON saved_searches (assignee_id);
