-- Users who follow a ticket (the Jitbit dialect's subscribers). Rows go with their ticket or user.
CREATE TABLE ticket_subscribers (
    ticket_id  BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_ticket_subscribers PRIMARY KEY (ticket_id, user_id),
    CONSTRAINT fk_ticket_subscribers_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE,
    CONSTRAINT fk_ticket_subscribers_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_subscribers_user ON ticket_subscribers (user_id, ticket_id);
