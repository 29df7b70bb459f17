-- The ticket timeline merges history, comments, files and time entries in (instant, id) order. The first three
-- already have a (ticket_id, instant, id) index; time entries were indexed by work date only.
CREATE INDEX ix_time_entries_ticket_created ON time_entries (ticket_id, created_at, id);
