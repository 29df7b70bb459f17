-- "Not breached" holds for most tickets; its listing and count read this index (both flags, then the running
-- deadline) instead of the table. It also serves every lookup ix_tickets_first_response_breached did.
CREATE INDEX ix_tickets_sla_unbreached ON tickets (first_response_breached, resolution_breached, archived, sla_due_at);
DROP INDEX ix_tickets_first_response_breached ON tickets;
