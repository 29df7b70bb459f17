-- The event log (outbox): one row per domain event, written in the transaction of its change. No foreign
-- keys: the log is history and outlives what it names. Readers page by id, overall or per ticket.
CREATE TABLE domain_events (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    event_type  VARCHAR(40) NOT NULL,
    occurred_at DATETIME(3) NOT NULL,
    actor_id    BIGINT,
    ticket_id   BIGINT,
    project_id  BIGINT,
    object_id   BIGINT,
    is_internal BOOLEAN     NOT NULL,
    payload     MEDIUMTEXT,
    CONSTRAINT pk_domain_events PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_domain_events_ticket ON domain_events (ticket_id, id);
