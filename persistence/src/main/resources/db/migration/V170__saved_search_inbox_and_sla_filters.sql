-- Saved ticket searches keep the inbox and SLA filters too. Like every filter column, NULL means "does not filter",
-- so rows saved before keep meaning what they meant (filter_version stays 1). Workflow keys and ids are stored
-- comma-separated; tag names may hold commas, so their lists escape them (a backslash before a comma or a
-- backslash) and are TEXT: fifty names of up to a hundred characters do not fit beside the other columns in a row.
-- sla_due_before is the absolute instant the filter was saved with, as the TicketFilter input gives it.
ALTER TABLE saved_searches ADD COLUMN team_ids VARCHAR(1000);
ALTER TABLE saved_searches ADD COLUMN type_ids VARCHAR(1000);
ALTER TABLE saved_searches ADD COLUMN tags_all TEXT;
ALTER TABLE saved_searches ADD COLUMN tags_any TEXT;
ALTER TABLE saved_searches ADD COLUMN tags_none TEXT;
ALTER TABLE saved_searches ADD COLUMN statuses_not VARCHAR(1000);
ALTER TABLE saved_searches ADD COLUMN team_ids_not VARCHAR(1000);
ALTER TABLE saved_searches ADD COLUMN sla_breached BOOLEAN;
ALTER TABLE saved_searches ADD COLUMN sla_due_before DATETIME(3);
