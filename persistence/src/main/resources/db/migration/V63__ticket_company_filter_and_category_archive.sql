-- Saved searches keep the ticket listing's company filter; tickets already have ix_tickets_company (V30).
ALTER TABLE saved_searches ADD COLUMN company_id BIGINT;

-- Knowledge-base categories can be archived; the listing reads live ones in their usual order.
ALTER TABLE kb_categories ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_kb_categories_live ON kb_categories (archived, sort_order, name, id);
