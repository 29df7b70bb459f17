-- Saved searches: a named ticket filter stored as columns (no JSON), private to its owner or shared.
-- owner_class says what the filter lists: 'ticket' now, 'asset' once assets can be filtered.
CREATE TABLE saved_searches (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    owner_id      BIGINT        NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    owner_class   VARCHAR(16)   NOT NULL,
    is_shared     BOOLEAN       NOT NULL,
    -- Comma-separated workflow keys, validated against the workflow when saved.
    statuses      VARCHAR(1000),
    priorities    VARCHAR(1000),
    assignee_kind VARCHAR(16),
    assignee_id   BIGINT,
    requester_id  BIGINT,
    project_id    BIGINT,
    tag           VARCHAR(100),
    search_text   VARCHAR(200),
    created_from  DATETIME(3),
    created_to    DATETIME(3),
    updated_from  DATETIME(3),
    updated_to    DATETIME(3),
    due_from      DATE,
    due_to        DATE,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    CONSTRAINT pk_saved_searches PRIMARY KEY (id),
    CONSTRAINT fk_saved_searches_owner FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_saved_searches_owner ON saved_searches (owner_id, owner_class, name, id);
CREATE INDEX ix_saved_searches_shared ON saved_searches (is_shared, owner_class, name, id);
