-- The orders the user, company and article listings offer, each behind an index that the listing's filter
-- leads (archived, and is_public for customers' article listings), then the sort column, then the id that
-- breaks ties. Usernames, e-mail addresses and company names have their unique indexes already (InnoDB adds
-- the id to every secondary index); ordering by id walks the primary key.
CREATE INDEX ix_users_created ON users (created_at, id);
CREATE INDEX ix_users_updated ON users (updated_at, id);

CREATE INDEX ix_companies_live_created ON companies (archived, created_at, id);
CREATE INDEX ix_companies_live_updated ON companies (archived, updated_at, id);

CREATE INDEX ix_kb_articles_live_title ON kb_articles (archived, title, id);
CREATE INDEX ix_kb_articles_public_title ON kb_articles (is_public, archived, title, id);
CREATE INDEX ix_kb_articles_live_created ON kb_articles (archived, created_at, id);
CREATE INDEX ix_kb_articles_public_created ON kb_articles (is_public, archived, created_at, id);
