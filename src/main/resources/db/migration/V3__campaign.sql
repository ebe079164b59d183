-- Annual campaigns: a county's yearly collection of its townships' reports, with the deadlines the campaign's process
-- (bpmn/annual-campaign.bpmn) keeps. Written to run unchanged on H2 2.x and MySQL 8 / MariaDB.

-- One campaign per county and report year. submission_due is the instant the submission deadline passes;
-- publication_due the day by which the reports must be public (default 1 April of the following year).
CREATE TABLE campaign (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_id           BIGINT      NOT NULL,
    report_year         INT         NOT NULL,
    submission_due      DATETIME(6) NOT NULL,
    legal_review_days   INT         NOT NULL,
    county_review_days  INT         NOT NULL,
    publication_due     DATE        NOT NULL,
    process_instance_id VARCHAR(64),
    opened_by           VARCHAR(64) NOT NULL,
    opened_at           DATETIME(6) NOT NULL,
    CONSTRAINT uk_campaign_county_year UNIQUE (county_id, report_year),
    CONSTRAINT fk_campaign_county FOREIGN KEY (county_id) REFERENCES county (id)
);

-- A township's report in a campaign: created by the campaign, or adopted (the township had already started it).
-- overdue is set when the submission deadline passed before the report was submitted, and stays set.
CREATE TABLE campaign_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT      NOT NULL,
    township_id BIGINT      NOT NULL,
    report_id   BIGINT      NOT NULL,
    adopted     BOOLEAN     NOT NULL DEFAULT FALSE,
    overdue     BOOLEAN     NOT NULL DEFAULT FALSE,
    overdue_at  DATETIME(6),
    added_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_campaign_report_township UNIQUE (campaign_id, township_id),
    CONSTRAINT uk_campaign_report_report UNIQUE (report_id),
    CONSTRAINT fk_campaign_report_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_report_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT fk_campaign_report_report FOREIGN KEY (report_id) REFERENCES report (id)
);
