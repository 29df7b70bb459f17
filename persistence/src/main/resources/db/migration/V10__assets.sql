-- Assets (configuration items) with their types, statuses and locations, assigned users, tags, notes and
-- custom field values. Custom field definitions gain an owner class so that tickets and assets each have
-- their own fields; existing definitions stay ticket fields.

CREATE TABLE asset_types (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    name      VARCHAR(100) NOT NULL,
    parent_id BIGINT,
    icon      VARCHAR(64),
    CONSTRAINT pk_asset_types PRIMARY KEY (id),
    CONSTRAINT uk_asset_types_name UNIQUE (name),
    CONSTRAINT fk_asset_types_parent FOREIGN KEY (parent_id) REFERENCES asset_types (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_types_parent ON asset_types (parent_id);

CREATE TABLE asset_statuses (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT pk_asset_statuses PRIMARY KEY (id),
    CONSTRAINT uk_asset_statuses_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sibling names are unique ignoring case; the service checks it, since NULL parents escape a unique key.
CREATE TABLE locations (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    name      VARCHAR(150) NOT NULL,
    parent_id BIGINT,
    CONSTRAINT pk_locations PRIMARY KEY (id),
    CONSTRAINT fk_locations_parent FOREIGN KEY (parent_id) REFERENCES locations (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_locations_parent ON locations (parent_id, name);

CREATE TABLE assets (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(255) NOT NULL,
    description          MEDIUMTEXT,
    type_id              BIGINT,
    status_id            BIGINT       NOT NULL,
    location_id          BIGINT,
    manufacturer         VARCHAR(255),
    model                VARCHAR(255),
    serial_number        VARCHAR(255),
    control_number       VARCHAR(255),
    supplier             VARCHAR(255),
    quantity             INT,
    owner_id             BIGINT,
    purchase_order       VARCHAR(255),
    is_online            BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The free-form inventory document as JSON text; MEDIUMTEXT rather than JSON so H2 stores it alike.
    inventory            MEDIUMTEXT,
    inventory_updated_at DATETIME(3),
    archived             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    lock_version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_assets PRIMARY KEY (id),
    CONSTRAINT fk_assets_type FOREIGN KEY (type_id) REFERENCES asset_types (id),
    CONSTRAINT fk_assets_status FOREIGN KEY (status_id) REFERENCES asset_statuses (id),
    CONSTRAINT fk_assets_location FOREIGN KEY (location_id) REFERENCES locations (id),
    CONSTRAINT fk_assets_owner FOREIGN KEY (owner_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every listing filters on archived = false; each sort and each filter has an index ending in the sort.
CREATE INDEX ix_assets_live_created ON assets (archived, created_at, id);
CREATE INDEX ix_assets_live_updated ON assets (archived, updated_at, id);
CREATE INDEX ix_assets_live_name ON assets (archived, name, id);
CREATE INDEX ix_assets_type ON assets (type_id, archived, created_at, id);
CREATE INDEX ix_assets_status ON assets (status_id, archived, created_at, id);
CREATE INDEX ix_assets_location ON assets (location_id, archived, created_at, id);
CREATE INDEX ix_assets_owner ON assets (owner_id, archived, created_at, id);
CREATE INDEX ix_assets_serial ON assets (serial_number);

CREATE TABLE asset_users (
    asset_id    BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    assigned_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_asset_users PRIMARY KEY (asset_id, user_id),
    CONSTRAINT fk_asset_users_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_asset_users_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_users_user ON asset_users (user_id, asset_id);

CREATE TABLE asset_tags (
    asset_id BIGINT NOT NULL,
    tag_id   BIGINT NOT NULL,
    CONSTRAINT pk_asset_tags PRIMARY KEY (asset_id, tag_id),
    CONSTRAINT fk_asset_tags_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_asset_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_tags_tag ON asset_tags (tag_id, asset_id);

CREATE TABLE asset_notes (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    asset_id   BIGINT      NOT NULL,
    author_id  BIGINT,
    content    MEDIUMTEXT  NOT NULL,
    created_at DATETIME(3) NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    edit_count INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_asset_notes PRIMARY KEY (id),
    CONSTRAINT fk_asset_notes_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_asset_notes_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_notes_asset ON asset_notes (asset_id, created_at, id);
CREATE INDEX ix_asset_notes_author ON asset_notes (author_id);

ALTER TABLE custom_fields ADD COLUMN owner_class VARCHAR(16) NOT NULL DEFAULT 'ticket';

CREATE INDEX ix_custom_fields_owner ON custom_fields (owner_class, id);

CREATE TABLE asset_custom_field_values (
    asset_id    BIGINT     NOT NULL,
    field_id    BIGINT     NOT NULL,
    field_value MEDIUMTEXT NOT NULL,
    CONSTRAINT pk_asset_custom_field_values PRIMARY KEY (asset_id, field_id),
    CONSTRAINT fk_asset_custom_field_values_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_asset_custom_field_values_field FOREIGN KEY (field_id) REFERENCES custom_fields (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_custom_field_values_field ON asset_custom_field_values (field_id);

-- Life-cycle statuses: Arctyk shows "active", BOSSDesk "Active"/"Working", Jitbit only "Disabled".
INSERT INTO asset_statuses (code, name, sort_order) VALUES
    ('active', 'Active', 10),
    ('in_use', 'In Use', 20),
    ('in_stock', 'In Stock', 30),
    ('in_repair', 'In Repair', 40),
    ('retired', 'Retired', 50),
    ('disposed', 'Disposed', 60);

INSERT INTO asset_types (name, parent_id, icon) VALUES
    ('Computer', NULL, 'fa-desktop'),
    ('Network device', NULL, 'fa-sitemap'),
    ('Printer', NULL, 'fa-print'),
    ('Phone', NULL, 'fa-phone'),
    ('Software', NULL, 'fa-cube'),
    ('Other', NULL, 'fa-question');

INSERT INTO asset_types (name, parent_id, icon)
SELECT 'Desktop', id, 'fa-desktop' FROM asset_types WHERE name = 'Computer';
INSERT INTO asset_types (name, parent_id, icon)
SELECT 'Laptop', id, 'fa-laptop' FROM asset_types WHERE name = 'Computer';
INSERT INTO asset_types (name, parent_id, icon)
SELECT 'Server', id, 'fa-server' FROM asset_types WHERE name = 'Computer';
