-- The pre-check's county settings and the drafters' waivers. Written to run unchanged on H2 2.x and MySQL 8 / MariaDB.

-- A county's choice for one rule: switched off, or its severity replaced (NULL keeps the rule's own severity).
-- A rule without a row runs as written.
CREATE TABLE check_rule_setting (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_id  BIGINT      NOT NULL,
    rule       VARCHAR(64) NOT NULL,
    enabled    BOOLEAN     NOT NULL DEFAULT TRUE,
    severity   VARCHAR(16),
    updated_by VARCHAR(64),
    updated_at DATETIME(6),
    CONSTRAINT uk_check_rule_setting UNIQUE (county_id, rule),
    CONSTRAINT fk_check_rule_setting_county FOREIGN KEY (county_id) REFERENCES county (id)
);

-- A WARNING or INFO finding the drafter marked as not applicable, with the reason reviewers read. It is matched to the
-- findings by rule, part and excerpt, so it survives the renumbering of paragraphs; paragraph is where it stood.
CREATE TABLE check_waiver (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT        NOT NULL,
    rule      VARCHAR(64)   NOT NULL,
    part_kind VARCHAR(32),
    paragraph INT,
    excerpt   VARCHAR(500)  NOT NULL DEFAULT '',
    reason    VARCHAR(1000) NOT NULL,
    waived_by VARCHAR(64)   NOT NULL,
    waived_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_check_waiver_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX ix_check_waiver_report ON check_waiver (report_id);
