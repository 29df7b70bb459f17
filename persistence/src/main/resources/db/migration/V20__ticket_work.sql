-- Work on tickets: task types and tasks, time entries, links between tickets, parent and sub-tickets,
-- merges, and shared comment templates. Same dialect rules as V1 (runs on MySQL 8, MariaDB 10.11, H2).

CREATE TABLE task_types (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_task_types PRIMARY KEY (id),
    CONSTRAINT uk_task_types_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id  BIGINT       NOT NULL,
    type_id    BIGINT,
    team_id    BIGINT,
    agent_id   BIGINT,
    title      VARCHAR(255) NOT NULL,
    note       MEDIUMTEXT,
    due_at     DATETIME(3),
    closed_at  DATETIME(3),
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_tasks PRIMARY KEY (id),
    CONSTRAINT fk_tasks_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_tasks_type FOREIGN KEY (type_id) REFERENCES task_types (id),
    CONSTRAINT fk_tasks_team FOREIGN KEY (team_id) REFERENCES teams (id),
    CONSTRAINT fk_tasks_agent FOREIGN KEY (agent_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_tasks_ticket ON tasks (ticket_id, created_at, id);
CREATE INDEX ix_tasks_type ON tasks (type_id);
CREATE INDEX ix_tasks_team ON tasks (team_id);
CREATE INDEX ix_tasks_agent ON tasks (agent_id);

CREATE TABLE time_entries (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    ticket_id  BIGINT      NOT NULL,
    agent_id   BIGINT      NOT NULL,
    task_id    BIGINT,
    work_date  DATE        NOT NULL,
    minutes    INT         NOT NULL,
    billable   BOOLEAN     NOT NULL,
    note       MEDIUMTEXT,
    created_at DATETIME(3) NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_time_entries PRIMARY KEY (id),
    CONSTRAINT fk_time_entries_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_time_entries_agent FOREIGN KEY (agent_id) REFERENCES users (id),
    CONSTRAINT fk_time_entries_task FOREIGN KEY (task_id) REFERENCES tasks (id),
    CONSTRAINT ck_time_entries_minutes CHECK (minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ticket's entries are listed by work date then id (the keyset order) and summed per ticket.
CREATE INDEX ix_time_entries_ticket ON time_entries (ticket_id, work_date, id);
CREATE INDEX ix_time_entries_agent ON time_entries (agent_id);
CREATE INDEX ix_time_entries_task ON time_entries (task_id);

-- A link goes from source to target with a kind; pair_low_id/pair_high_id (the two ids ordered, written by
-- the application) make "at most one link between two tickets, in either direction" a constraint.
CREATE TABLE ticket_links (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    source_ticket_id BIGINT      NOT NULL,
    target_ticket_id BIGINT      NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    pair_low_id      BIGINT      NOT NULL,
    pair_high_id     BIGINT      NOT NULL,
    created_by       BIGINT,
    created_at       DATETIME(3) NOT NULL,
    CONSTRAINT pk_ticket_links PRIMARY KEY (id),
    CONSTRAINT uk_ticket_links_pair UNIQUE (pair_low_id, pair_high_id),
    CONSTRAINT fk_ticket_links_source FOREIGN KEY (source_ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_ticket_links_target FOREIGN KEY (target_ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_ticket_links_creator FOREIGN KEY (created_by) REFERENCES users (id),
    CONSTRAINT ck_ticket_links_not_self CHECK (source_ticket_id <> target_ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_links_source ON ticket_links (source_ticket_id, id);
CREATE INDEX ix_ticket_links_target ON ticket_links (target_ticket_id, id);
CREATE INDEX ix_ticket_links_creator ON ticket_links (created_by);

-- The primary key on ticket_id is the rule "a ticket has at most one parent".
CREATE TABLE ticket_parents (
    ticket_id  BIGINT      NOT NULL,
    parent_id  BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_ticket_parents PRIMARY KEY (ticket_id),
    CONSTRAINT fk_ticket_parents_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_ticket_parents_parent FOREIGN KEY (parent_id) REFERENCES tickets (id),
    CONSTRAINT ck_ticket_parents_not_self CHECK (ticket_id <> parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_parents_parent ON ticket_parents (parent_id, ticket_id);

ALTER TABLE tickets ADD COLUMN merged_into_id BIGINT;
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_merged_into FOREIGN KEY (merged_into_id) REFERENCES tickets (id);
CREATE INDEX ix_tickets_merged_into ON tickets (merged_into_id);

-- Canned responses are one library shared by all staff; created_by says who wrote each.
CREATE TABLE comment_templates (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(150) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    created_by BIGINT,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_comment_templates PRIMARY KEY (id),
    CONSTRAINT uk_comment_templates_name UNIQUE (name),
    CONSTRAINT fk_comment_templates_creator FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_templates_creator ON comment_templates (created_by);
