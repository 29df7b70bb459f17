-- Statistics count closings per day; creations are already served by ix_tickets_live_created.
CREATE INDEX ix_tickets_live_closed ON tickets (archived, closed_at, id);
