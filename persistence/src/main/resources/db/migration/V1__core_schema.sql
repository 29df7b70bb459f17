-- Polydesk core schema. One dialect for MySQL 8, MariaDB 10.11 and H2 in MySQL mode: no vendor-only
-- column types, no functional indexes, no ON UPDATE clauses. Timestamps are DATETIME(3) holding UTC,
-- written by the application (never by database defaults, which would use the session time zone).
-- Indexes on a foreign key column lead with that column, so InnoDB does not add a hidden one of its own.

CREATE TABLE users (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    username         VARCHAR(150) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    first_name       VARCHAR(150),
    last_name        VARCHAR(150),
    role             VARCHAR(16)  NOT NULL,
    phone            VARCHAR(50),
    mobile           VARCHAR(50),
    job_title        VARCHAR(150),
    time_zone        VARCHAR(64),
    active           BOOLEAN      NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    password_version INT          NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uk_users_username UNIQUE (username),
    CONSTRAINT uk_users_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_tokens (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    user_id          BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    prefix           VARCHAR(16)  NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    password_version INT          NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    last_used_at     DATETIME(3),
    revoked_at       DATETIME(3),
    CONSTRAINT pk_api_tokens PRIMARY KEY (id),
    CONSTRAINT uk_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_tokens_user ON api_tokens (user_id, created_at);

CREATE TABLE statuses (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    code       VARCHAR(32) NOT NULL,
    name       VARCHAR(64) NOT NULL,
    category   VARCHAR(16) NOT NULL,
    sort_order INT         NOT NULL,
    CONSTRAINT pk_statuses PRIMARY KEY (id),
    CONSTRAINT uk_statuses_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE priorities (
    id    BIGINT      NOT NULL AUTO_INCREMENT,
    code  VARCHAR(32) NOT NULL,
    name  VARCHAR(64) NOT NULL,
    level INT         NOT NULL,
    color VARCHAR(16) NOT NULL,
    CONSTRAINT pk_priorities PRIMARY KEY (id),
    CONSTRAINT uk_priorities_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE projects (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    description MEDIUMTEXT,
    archived    BOOLEAN      NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_projects PRIMARY KEY (id),
    CONSTRAINT uk_projects_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_projects_live ON projects (archived, name);

CREATE TABLE teams (
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_teams PRIMARY KEY (id),
    CONSTRAINT uk_teams_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_types (
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_ticket_types PRIMARY KEY (id),
    CONSTRAINT uk_ticket_types_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tags (
    id   BIGINT      NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL,
    CONSTRAINT pk_tags PRIMARY KEY (id),
    CONSTRAINT uk_tags_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tickets (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    -- Derived from the id, so it is written right after the insert.
    number            VARCHAR(32),
    title             VARCHAR(255) NOT NULL,
    description       MEDIUMTEXT,
    status_id         BIGINT       NOT NULL,
    priority_id       BIGINT       NOT NULL,
    requester_id      BIGINT       NOT NULL,
    assignee_id       BIGINT,
    project_id        BIGINT,
    team_id           BIGINT,
    type_id           BIGINT,
    due_date          DATE,
    resolution        MEDIUMTEXT,
    on_hold           BOOLEAN      NOT NULL,
    source            VARCHAR(32)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    closed_at         DATETIME(3),
    first_response_at DATETIME(3),
    lock_version      INT          NOT NULL DEFAULT 0,
    archived          BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_tickets PRIMARY KEY (id),
    CONSTRAINT uk_tickets_number UNIQUE (number),
    CONSTRAINT fk_tickets_status FOREIGN KEY (status_id) REFERENCES statuses (id),
    CONSTRAINT fk_tickets_priority FOREIGN KEY (priority_id) REFERENCES priorities (id),
    CONSTRAINT fk_tickets_requester FOREIGN KEY (requester_id) REFERENCES users (id),
    CONSTRAINT fk_tickets_assignee FOREIGN KEY (assignee_id) REFERENCES users (id),
    CONSTRAINT fk_tickets_project FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT fk_tickets_team FOREIGN KEY (team_id) REFERENCES teams (id),
    CONSTRAINT fk_tickets_type FOREIGN KEY (type_id) REFERENCES ticket_types (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every listing filters on archived = false; the default listing sorts by creation, newest first.
CREATE INDEX ix_tickets_live_created ON tickets (archived, created_at, id);
CREATE INDEX ix_tickets_live_updated ON tickets (archived, updated_at, id);
CREATE INDEX ix_tickets_live_due ON tickets (archived, due_date, id);
CREATE INDEX ix_tickets_status ON tickets (status_id, archived, created_at, id);
CREATE INDEX ix_tickets_priority ON tickets (priority_id, archived, created_at, id);
CREATE INDEX ix_tickets_requester ON tickets (requester_id, archived, created_at, id);
CREATE INDEX ix_tickets_assignee ON tickets (assignee_id, archived, created_at, id);
CREATE INDEX ix_tickets_project ON tickets (project_id, archived, created_at, id);
CREATE INDEX ix_tickets_team ON tickets (team_id);
CREATE INDEX ix_tickets_type ON tickets (type_id);

CREATE TABLE ticket_tags (
    ticket_id BIGINT NOT NULL,
    tag_id    BIGINT NOT NULL,
    CONSTRAINT pk_ticket_tags PRIMARY KEY (ticket_id, tag_id),
    CONSTRAINT fk_ticket_tags_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_ticket_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_tags_tag ON ticket_tags (tag_id, ticket_id);

CREATE TABLE ticket_history (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    ticket_id  BIGINT      NOT NULL,
    actor_id   BIGINT,
    changed_at DATETIME(3) NOT NULL,
    field      VARCHAR(64) NOT NULL,
    from_value MEDIUMTEXT,
    to_value   MEDIUMTEXT,
    CONSTRAINT pk_ticket_history PRIMARY KEY (id),
    CONSTRAINT fk_ticket_history_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_ticket_history_actor FOREIGN KEY (actor_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_history_ticket ON ticket_history (ticket_id, changed_at, id);
CREATE INDEX ix_ticket_history_actor ON ticket_history (actor_id);

CREATE TABLE comments (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    ticket_id   BIGINT      NOT NULL,
    author_id   BIGINT,
    content     MEDIUMTEXT  NOT NULL,
    is_internal BOOLEAN     NOT NULL,
    is_system   BOOLEAN     NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    edit_count  INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_comments PRIMARY KEY (id),
    CONSTRAINT fk_comments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_comments_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comments_ticket ON comments (ticket_id, created_at, id);
CREATE INDEX ix_comments_author ON comments (author_id);

CREATE TABLE comment_edits (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    comment_id       BIGINT      NOT NULL,
    editor_id        BIGINT,
    edited_at        DATETIME(3) NOT NULL,
    previous_content MEDIUMTEXT  NOT NULL,
    CONSTRAINT pk_comment_edits PRIMARY KEY (id),
    CONSTRAINT fk_comment_edits_comment FOREIGN KEY (comment_id) REFERENCES comments (id),
    CONSTRAINT fk_comment_edits_editor FOREIGN KEY (editor_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_edits_comment ON comment_edits (comment_id, edited_at, id);
CREATE INDEX ix_comment_edits_editor ON comment_edits (editor_id);

CREATE TABLE custom_fields (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(63)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    field_type VARCHAR(16)  NOT NULL,
    required   BOOLEAN      NOT NULL,
    CONSTRAINT pk_custom_fields PRIMARY KEY (id),
    CONSTRAINT uk_custom_fields_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dropdown choices, one row each, so no separator character is forbidden inside a choice.
CREATE TABLE custom_field_options (
    field_id   BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    label      TEXT         NOT NULL,
    CONSTRAINT pk_custom_field_options PRIMARY KEY (field_id, sort_order),
    CONSTRAINT fk_custom_field_options_field FOREIGN KEY (field_id) REFERENCES custom_fields (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE custom_field_values (
    ticket_id   BIGINT     NOT NULL,
    field_id    BIGINT     NOT NULL,
    field_value MEDIUMTEXT NOT NULL,
    CONSTRAINT pk_custom_field_values PRIMARY KEY (ticket_id, field_id),
    CONSTRAINT fk_custom_field_values_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
    CONSTRAINT fk_custom_field_values_field FOREIGN KEY (field_id) REFERENCES custom_fields (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_custom_field_values_field ON custom_field_values (field_id);
