-- Fazhi Flow's own tables. Written to run unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.
-- Camunda creates and owns its ACT_* tables itself.

CREATE TABLE county (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(32)  NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    lead_sign_off_required BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_county_code UNIQUE (code)
);

CREATE TABLE township (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_id BIGINT       NOT NULL,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_township_code UNIQUE (code),
    CONSTRAINT fk_township_county FOREIGN KEY (county_id) REFERENCES county (id)
);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    email         VARCHAR(200),
    county_id     BIGINT       NOT NULL,
    township_id   BIGINT,
    locale        VARCHAR(16)  NOT NULL DEFAULT 'zh-CN',
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_app_user_township FOREIGN KEY (township_id) REFERENCES township (id)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE advisor_township (
    user_id     BIGINT NOT NULL,
    township_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, township_id),
    CONSTRAINT fk_advisor_township_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_advisor_township_township FOREIGN KEY (township_id) REFERENCES township (id)
);

CREATE TABLE report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id         BIGINT       NOT NULL,
    report_year         INT          NOT NULL,
    title               VARCHAR(500) NOT NULL DEFAULT '',
    opening             LONGTEXT,
    closing_office      VARCHAR(200) NOT NULL DEFAULT '',
    closing_date        VARCHAR(50)  NOT NULL DEFAULT '',
    status              VARCHAR(32)  NOT NULL,
    current_step        VARCHAR(64),
    process_instance_id VARCHAR(64),
    current_version     INT          NOT NULL DEFAULT 0,
    draft_saved_at      DATETIME(6),
    draft_saved_by      VARCHAR(64),
    created_at          DATETIME(6)  NOT NULL,
    lock_version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_report_township_year UNIQUE (township_id, report_year),
    CONSTRAINT fk_report_township FOREIGN KEY (township_id) REFERENCES township (id)
);

-- The drafter's working copy of the parts, in the order written.
CREATE TABLE report_part (
    report_id  BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    heading    VARCHAR(500) NOT NULL DEFAULT '',
    body       LONGTEXT,
    PRIMARY KEY (report_id, sort_order),
    CONSTRAINT fk_report_part_report FOREIGN KEY (report_id) REFERENCES report (id)
);

-- Every submission freezes an immutable version: the whole content as JSON.
CREATE TABLE report_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id      BIGINT      NOT NULL,
    version_number INT         NOT NULL,
    content        LONGTEXT    NOT NULL,
    submitted_at   DATETIME(6) NOT NULL,
    submitted_by   VARCHAR(64) NOT NULL,
    CONSTRAINT uk_report_version UNIQUE (report_id, version_number),
    CONSTRAINT fk_report_version_report FOREIGN KEY (report_id) REFERENCES report (id)
);

CREATE TABLE review_comment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id      BIGINT        NOT NULL,
    version_number INT           NOT NULL,
    part_kind      VARCHAR(32),
    paragraph      INT,
    quote          VARCHAR(2000) NOT NULL DEFAULT '',
    body           VARCHAR(4000) NOT NULL,
    author         VARCHAR(64)   NOT NULL,
    author_name    VARCHAR(100)  NOT NULL,
    author_role    VARCHAR(32)   NOT NULL,
    step           VARCHAR(64)   NOT NULL,
    reply_to       BIGINT,
    resolved       BOOLEAN       NOT NULL DEFAULT FALSE,
    resolved_by    VARCHAR(64),
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_review_comment_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_review_comment_reply FOREIGN KEY (reply_to) REFERENCES review_comment (id)
);
CREATE INDEX ix_review_comment_report ON review_comment (report_id);

-- Append-only history of what happened to a report.
CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    step        VARCHAR(64),
    detail      VARCHAR(2000) NOT NULL DEFAULT ''
);
CREATE INDEX ix_audit_event_report ON audit_event (report_id, occurred_at);
