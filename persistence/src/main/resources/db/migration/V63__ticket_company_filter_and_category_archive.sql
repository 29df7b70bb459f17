-- Saved searches keep the ticket listing's company filter; tickets already have ix_tickets_company (V30).
ALTER TABLE saved_searches ADD COLUMN company_id BIGINT;
