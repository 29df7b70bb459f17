-- Listings filtered by status and priority together (new and high, say) find and count their rows in this
-- index alone, instead of reading every ticket of the status to check its priority.
CREATE INDEX ix_tickets_status_priority ON tickets (status_id, priority_id, archived, created_at, id);
