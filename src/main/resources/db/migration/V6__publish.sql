-- Publication of approved reports (公开). Written to run unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

-- One row per published report: the 保密审查 confirmation (who, when), the passages redacted, the public version
-- (the report text with the redactions applied, as JSON) and when it was published against its deadline. The
-- internal versions in report_version stay as they were. County, township, year and title are copied here so that
-- the public pages read this table alone.
CREATE TABLE report_publication (
    report_id        BIGINT       NOT NULL PRIMARY KEY,
    county_id        BIGINT       NOT NULL,
    township_id      BIGINT       NOT NULL,
    report_year      INT          NOT NULL,
    version_number   INT          NOT NULL,
    title            VARCHAR(500) NOT NULL DEFAULT '',
    checked_by       VARCHAR(64)  NOT NULL,
    checked_at       DATETIME(6)  NOT NULL,
    redactions       LONGTEXT,
    public_content   LONGTEXT     NOT NULL,
    published_by     VARCHAR(64)  NOT NULL,
    published_at     DATETIME(6)  NOT NULL,
    deadline         DATE,
    late             BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_report_publication_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_report_publication_county FOREIGN KEY (county_id) REFERENCES county (id)
);

CREATE INDEX ix_report_publication_county_year ON report_publication (county_id, report_year);
