-- The inbox filters by team and by type list live tickets newest first, like the other filters' indexes.
CREATE INDEX ix_tickets_team_live ON tickets (team_id, archived, created_at, id);
CREATE INDEX ix_tickets_type_live ON tickets (type_id, archived, created_at, id);
