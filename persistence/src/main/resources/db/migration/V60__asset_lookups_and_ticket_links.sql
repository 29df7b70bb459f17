-- Asset catalog, second round: asset statuses become manageable (archived flag, unique names); manufacturers
-- and suppliers become lookup tables that assets reference by id; assets can be linked to tickets. Same dialect
-- rules as V1: one SQL for MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE asset_statuses ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX uk_asset_statuses_name ON asset_statuses (name);

-- Names are unique ignoring case: the MySQL family's collation compares that way; the service checks it on H2.
CREATE TABLE asset_manufacturers (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(255) NOT NULL,
    archived   BOOLEAN      NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_asset_manufacturers PRIMARY KEY (id),
    CONSTRAINT uk_asset_manufacturers_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_manufacturers_live ON asset_manufacturers (archived, name, id);

CREATE TABLE asset_suppliers (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(255) NOT NULL,
    archived   BOOLEAN      NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_asset_suppliers PRIMARY KEY (id),
    CONSTRAINT uk_asset_suppliers_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_suppliers_live ON asset_suppliers (archived, name, id);

-- The free-text values become rows: one per distinct trimmed name (grouped as the unique key compares, so
-- "Dell" and "DELL" become one manufacturer, spelled as the smallest variant), dated by the oldest asset
-- that named it. Blank values become no reference.
INSERT INTO asset_manufacturers (name, archived, created_at, updated_at)
SELECT MIN(TRIM(a.manufacturer)), FALSE, MIN(a.created_at), MIN(a.created_at)
FROM assets a
WHERE a.manufacturer IS NOT NULL AND TRIM(a.manufacturer) <> ''
GROUP BY LOWER(TRIM(a.manufacturer));

INSERT INTO asset_suppliers (name, archived, created_at, updated_at)
SELECT MIN(TRIM(a.supplier)), FALSE, MIN(a.created_at), MIN(a.created_at)
FROM assets a
WHERE a.supplier IS NOT NULL AND TRIM(a.supplier) <> ''
GROUP BY LOWER(TRIM(a.supplier));

ALTER TABLE assets ADD COLUMN manufacturer_id BIGINT;
ALTER TABLE assets ADD COLUMN supplier_id BIGINT;

UPDATE assets
SET manufacturer_id = (SELECT m.id FROM asset_manufacturers m WHERE LOWER(m.name) = LOWER(TRIM(assets.manufacturer)))
WHERE manufacturer IS NOT NULL AND TRIM(manufacturer) <> '';

UPDATE assets
SET supplier_id = (SELECT s.id FROM asset_suppliers s WHERE LOWER(s.name) = LOWER(TRIM(assets.supplier)))
WHERE supplier IS NOT NULL AND TRIM(supplier) <> '';

ALTER TABLE assets DROP COLUMN manufacturer;
ALTER TABLE assets DROP COLUMN supplier;

ALTER TABLE assets ADD CONSTRAINT fk_assets_manufacturer FOREIGN KEY (manufacturer_id)
    REFERENCES asset_manufacturers (id);
ALTER TABLE assets ADD CONSTRAINT fk_assets_supplier FOREIGN KEY (supplier_id) REFERENCES asset_suppliers (id);
CREATE INDEX ix_assets_manufacturer ON assets (manufacturer_id, archived, created_at, id);
CREATE INDEX ix_assets_supplier ON assets (supplier_id, archived, created_at, id);

-- Which assets a ticket concerns (Jitbit's AddAssetToTicket, BOSSDesk's CIs on a ticket): at most one row per
-- pair; one index per direction.
CREATE TABLE asset_tickets (
    asset_id  BIGINT      NOT NULL,
    ticket_id BIGINT      NOT NULL,
    linked_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_asset_tickets PRIMARY KEY (asset_id, ticket_id),
    CONSTRAINT fk_asset_tickets_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_asset_tickets_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_asset_tickets_ticket ON asset_tickets (ticket_id, asset_id);
