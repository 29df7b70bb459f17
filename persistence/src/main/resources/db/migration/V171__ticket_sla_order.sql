-- Sorting by SLA deadline (issue 12), soonest first with the tickets that have no running deadline last, walks an
-- index in order: sla_order_at is sla_due_at with "none" as the latest possible time (the clock writer keeps the
-- two in step), since the MySQL family and H2 sort NULL first in ascending order. Soonest last reads
-- ix_tickets_live_sla_due (V101) backwards, where NULL already comes last.
ALTER TABLE tickets ADD COLUMN sla_order_at DATETIME(3) NOT NULL DEFAULT '9999-01-01 00:00:00';
UPDATE tickets SET sla_order_at = sla_due_at WHERE sla_due_at IS NOT NULL;
CREATE INDEX ix_tickets_live_sla_order ON tickets (archived, sla_order_at, id);
