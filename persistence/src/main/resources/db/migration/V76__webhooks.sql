-- Webhook endpoints and their delivery log (issue 10). An endpoint's secret must sign every delivery, so it is
-- kept encrypted (AES-GCM under a key derived from the server's signing key), never hashed; the previous secret
-- stays valid until previous_secret_until after a rotation. event_cursor is the last outbox event fanned out.
CREATE TABLE webhook_endpoints (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    url                     VARCHAR(2048) NOT NULL,
    description             VARCHAR(255),
    event_types             VARCHAR(500)  NOT NULL,
    active                  BOOLEAN       NOT NULL,
    secret_sealed           VARCHAR(255)  NOT NULL,
    previous_secret_sealed  VARCHAR(255),
    previous_secret_until   DATETIME(3),
    created_by              BIGINT        NOT NULL,
    event_cursor            BIGINT        NOT NULL,
    failed_in_a_row         INT           NOT NULL,
    disabled_reason         VARCHAR(255),
    created_at              DATETIME(3)   NOT NULL,
    updated_at              DATETIME(3)   NOT NULL,
    CONSTRAINT pk_webhook_endpoints PRIMARY KEY (id),
    CONSTRAINT fk_webhook_endpoints_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_webhook_endpoints_created_by ON webhook_endpoints (created_by);

-- One row per message and endpoint; a replay is a new row with the same message_id (the webhook-id header).
-- Rows of one endpoint are sent in id order: a row waits while an older one of its endpoint is still pending.
CREATE TABLE webhook_deliveries (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    endpoint_id        BIGINT       NOT NULL,
    event_id           BIGINT,
    event_type         VARCHAR(64)  NOT NULL,
    message_id         VARCHAR(64)  NOT NULL,
    payload            MEDIUMTEXT   NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    attempts           INT          NOT NULL,
    next_attempt_at    DATETIME(3),
    last_attempt_at    DATETIME(3),
    last_response_code INT,
    last_error         VARCHAR(500),
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
    CONSTRAINT fk_webhook_deliveries_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, status, id);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_webhook_deliveries_event ON webhook_deliveries (endpoint_id, event_id);
