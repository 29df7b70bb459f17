-- Username, e-mail and company name are unique, but the MySQL family does not read the id a unique index
-- carries as part of its order, so "ORDER BY username, id" sorted a file. These give the listings' tie-broken
-- orders an index of their own (the company one for listings that include archived companies).
CREATE INDEX ix_users_username_order ON users (username, id);
CREATE INDEX ix_users_email_order ON users (email, id);
CREATE INDEX ix_companies_name_order ON companies (name, id);
