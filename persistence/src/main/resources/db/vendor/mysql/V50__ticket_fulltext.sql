-- Full-text search on the MySQL family (InnoDB FULLTEXT). H2 has no such index: its statements fall back to LIKE.
-- The title gets an index of its own so that a title match can outrank a description-only match.
CREATE FULLTEXT INDEX ft_tickets_title ON tickets (title);
CREATE FULLTEXT INDEX ft_tickets_title_description ON tickets (title, description);
CREATE FULLTEXT INDEX ft_comments_content ON comments (content);
