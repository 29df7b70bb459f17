-- A ticket's SLA clocks and snooze, on its row so that lists filter and sort on them in SQL (issue 12).
-- sla_due_at is the earliest running deadline (the breach filter and slaDueBefore), sla_alert_at the earliest
-- whose breach is not yet recorded (the breach scan), pending_until when a snoozed ticket returns to open.
ALTER TABLE tickets ADD COLUMN sla_policy_id BIGINT;
ALTER TABLE tickets ADD COLUMN first_response_due_at DATETIME(3);
ALTER TABLE tickets ADD COLUMN resolution_due_at DATETIME(3);
ALTER TABLE tickets ADD COLUMN sla_due_at DATETIME(3);
ALTER TABLE tickets ADD COLUMN sla_alert_at DATETIME(3);
ALTER TABLE tickets ADD COLUMN sla_paused_at DATETIME(3);
ALTER TABLE tickets ADD COLUMN sla_paused_seconds BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN first_response_breached BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tickets ADD COLUMN resolution_breached BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tickets ADD COLUMN pending_until DATETIME(3);
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_sla_policy FOREIGN KEY (sla_policy_id) REFERENCES sla_policies (id);

CREATE INDEX ix_tickets_sla_policy ON tickets (sla_policy_id);
CREATE INDEX ix_tickets_live_sla_due ON tickets (archived, sla_due_at, id);
CREATE INDEX ix_tickets_sla_due ON tickets (sla_due_at);
CREATE INDEX ix_tickets_sla_alert ON tickets (sla_alert_at);
CREATE INDEX ix_tickets_pending_until ON tickets (pending_until);
-- slaBreached ORs the running deadline with the two recorded breaches: one index each, for an index merge.
CREATE INDEX ix_tickets_first_response_breached ON tickets (first_response_breached);
CREATE INDEX ix_tickets_resolution_breached ON tickets (resolution_breached);
