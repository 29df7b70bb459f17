-- Attachment bytes in the database, for a cluster that shares nothing but MySQL (polydesk.attachments.store=database).
-- A file is cut into chunks of at most 512 KiB, so no statement outgrows max_allowed_packet (16 MiB by default
-- on MariaDB) and a download holds one chunk in memory at a time. The blob row is written last, in the same
-- transaction as its chunks: a blob with a row is whole.

CREATE TABLE attachment_blobs (
    storage_key  VARCHAR(255) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    chunk_count  INT          NOT NULL,
    CONSTRAINT pk_attachment_blobs PRIMARY KEY (storage_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attachment_blob_chunks (
    storage_key  VARCHAR(255) NOT NULL,
    seq          INT          NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    CONSTRAINT pk_attachment_blob_chunks PRIMARY KEY (storage_key, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
