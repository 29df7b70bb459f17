-- Organisations (companies, departments, user groups, teams) and the knowledge base. Same dialect rules as
-- V1: one SQL for MySQL 8, MariaDB 10.11 and H2 in MySQL mode, UTC DATETIME(3) written by the application.

CREATE TABLE companies (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(200) NOT NULL,
    notes         MEDIUMTEXT,
    -- Lower-case host names joined by ';' (no host name can contain one), as Jitbit's emailDomains.
    email_domains VARCHAR(5100),
    archived      BOOLEAN      NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    CONSTRAINT pk_companies PRIMARY KEY (id),
    CONSTRAINT uk_companies_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_companies_live ON companies (archived, name, id);

CREATE TABLE departments (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    company_id BIGINT,
    archived   BOOLEAN      NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_departments PRIMARY KEY (id),
    CONSTRAINT uk_departments_name UNIQUE (name),
    CONSTRAINT fk_departments_company FOREIGN KEY (company_id) REFERENCES companies (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_departments_company ON departments (company_id, archived, name);
CREATE INDEX ix_departments_live ON departments (archived, name, id);

CREATE TABLE user_groups (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    description MEDIUMTEXT,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_user_groups PRIMARY KEY (id),
    CONSTRAINT uk_user_groups_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_group_members (
    group_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    CONSTRAINT pk_user_group_members PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_user_group_members_group FOREIGN KEY (group_id) REFERENCES user_groups (id),
    CONSTRAINT fk_user_group_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_group_members_user ON user_group_members (user_id, group_id);

-- Teams exist since V1 (id, name); rows from before this migration have no timestamps.
ALTER TABLE teams ADD COLUMN description MEDIUMTEXT;
ALTER TABLE teams ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE teams ADD COLUMN created_at DATETIME(3);
ALTER TABLE teams ADD COLUMN updated_at DATETIME(3);
CREATE INDEX ix_teams_live ON teams (archived, name, id);

CREATE TABLE team_members (
    team_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    CONSTRAINT pk_team_members PRIMARY KEY (team_id, user_id),
    CONSTRAINT fk_team_members_team FOREIGN KEY (team_id) REFERENCES teams (id),
    CONSTRAINT fk_team_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_team_members_user ON team_members (user_id, team_id);

ALTER TABLE users ADD COLUMN company_id BIGINT;
ALTER TABLE users ADD COLUMN department_id BIGINT;
ALTER TABLE users ADD CONSTRAINT fk_users_company FOREIGN KEY (company_id) REFERENCES companies (id);
ALTER TABLE users ADD CONSTRAINT fk_users_department FOREIGN KEY (department_id) REFERENCES departments (id);
CREATE INDEX ix_users_company ON users (company_id, id);
CREATE INDEX ix_users_department ON users (department_id, id);

ALTER TABLE tickets ADD COLUMN company_id BIGINT;
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_company FOREIGN KEY (company_id) REFERENCES companies (id);
CREATE INDEX ix_tickets_company ON tickets (company_id, archived, created_at, id);

CREATE TABLE kb_categories (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    parent_id  BIGINT,
    sort_order INT          NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_kb_categories PRIMARY KEY (id),
    CONSTRAINT fk_kb_categories_parent FOREIGN KEY (parent_id) REFERENCES kb_categories (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_kb_categories_parent ON kb_categories (parent_id, name);
CREATE INDEX ix_kb_categories_order ON kb_categories (sort_order, name, id);

CREATE TABLE kb_articles (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    title        VARCHAR(255) NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    category_id  BIGINT,
    is_public    BOOLEAN      NOT NULL,
    author_id    BIGINT,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    lock_version INT          NOT NULL DEFAULT 0,
    archived     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_kb_articles PRIMARY KEY (id),
    CONSTRAINT fk_kb_articles_category FOREIGN KEY (category_id) REFERENCES kb_categories (id),
    CONSTRAINT fk_kb_articles_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The listing sorts by last change, newest first; customers' listings add is_public, the category filter leads.
CREATE INDEX ix_kb_articles_live_updated ON kb_articles (archived, updated_at, id);
CREATE INDEX ix_kb_articles_public_updated ON kb_articles (is_public, archived, updated_at, id);
CREATE INDEX ix_kb_articles_category ON kb_articles (category_id, archived, updated_at, id);
CREATE INDEX ix_kb_articles_author ON kb_articles (author_id);
