-- SLA policies and the business hours they count in (issue 12). Windows are minutes of the day in the
-- schedule's own zone; entries are archived, never deleted, since tickets name the policy they follow.
CREATE TABLE business_hours (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    archived    BOOLEAN      NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_business_hours PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE business_hours_windows (
    business_hours_id BIGINT NOT NULL,
    day_of_week       INT    NOT NULL,
    start_minute      INT    NOT NULL,
    end_minute        INT    NOT NULL,
    CONSTRAINT pk_business_hours_windows PRIMARY KEY (business_hours_id, day_of_week, start_minute),
    CONSTRAINT fk_business_hours_windows FOREIGN KEY (business_hours_id) REFERENCES business_hours (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE business_hours_holidays (
    business_hours_id BIGINT NOT NULL,
    holiday           DATE   NOT NULL,
    CONSTRAINT pk_business_hours_holidays PRIMARY KEY (business_hours_id, holiday),
    CONSTRAINT fk_business_hours_holidays FOREIGN KEY (business_hours_id) REFERENCES business_hours (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sla_policies (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    name              VARCHAR(100) NOT NULL,
    project_id        BIGINT,
    company_id        BIGINT,
    business_hours_id BIGINT,
    archived          BOOLEAN      NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    CONSTRAINT pk_sla_policies PRIMARY KEY (id),
    CONSTRAINT fk_sla_policies_project FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT fk_sla_policies_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_sla_policies_hours FOREIGN KEY (business_hours_id) REFERENCES business_hours (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sla_policies_project ON sla_policies (project_id);
CREATE INDEX ix_sla_policies_company ON sla_policies (company_id);
CREATE INDEX ix_sla_policies_hours ON sla_policies (business_hours_id);

CREATE TABLE sla_targets (
    policy_id              BIGINT NOT NULL,
    priority_id            BIGINT NOT NULL,
    first_response_minutes INT,
    resolution_minutes     INT,
    CONSTRAINT pk_sla_targets PRIMARY KEY (policy_id, priority_id),
    CONSTRAINT fk_sla_targets_policy FOREIGN KEY (policy_id) REFERENCES sla_policies (id),
    CONSTRAINT fk_sla_targets_priority FOREIGN KEY (priority_id) REFERENCES priorities (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sla_targets_priority ON sla_targets (priority_id);
