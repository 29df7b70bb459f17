-- Attachments: one row per stored file. A pending upload has no owner; a bound one names exactly one owner
-- column for its kind. ticket_id is also set for a comment's file, so a ticket lists all of its files with
-- one index. asset_id has no foreign key here: assets arrive in a migration of their own.

CREATE TABLE attachments (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    owner_kind   VARCHAR(16),
    ticket_id    BIGINT,
    comment_id   BIGINT,
    asset_id     BIGINT,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    storage_key  VARCHAR(255) NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_attachments PRIMARY KEY (id),
    CONSTRAINT uk_attachments_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_attachments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_attachments_comment FOREIGN KEY (comment_id) REFERENCES comments (id),
    CONSTRAINT fk_attachments_uploader FOREIGN KEY (uploaded_by) REFERENCES users (id),
    CONSTRAINT ck_attachments_owner CHECK (
        (owner_kind IS NULL AND ticket_id IS NULL AND comment_id IS NULL AND asset_id IS NULL)
        OR (owner_kind = 'TICKET' AND ticket_id IS NOT NULL AND comment_id IS NULL AND asset_id IS NULL)
        OR (owner_kind = 'COMMENT' AND ticket_id IS NOT NULL AND comment_id IS NOT NULL AND asset_id IS NULL)
        OR (owner_kind = 'ASSET' AND ticket_id IS NULL AND comment_id IS NULL AND asset_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachments_ticket ON attachments (ticket_id, created_at, id);
CREATE INDEX ix_attachments_comment ON attachments (comment_id, created_at, id);
CREATE INDEX ix_attachments_asset ON attachments (asset_id, created_at, id);
CREATE INDEX ix_attachments_uploader ON attachments (uploaded_by);
-- The purge of expired pending uploads: owner_kind IS NULL ordered by age.
CREATE INDEX ix_attachments_pending ON attachments (owner_kind, created_at, id);
