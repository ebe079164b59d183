-- Notifications in the app, each user's e-mail choice, and the urges (催办) that the rate limit reads.

CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(64)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    report_id   BIGINT        NOT NULL,
    township    VARCHAR(100)  NOT NULL,
    report_year INT           NOT NULL,
    step        VARCHAR(64),
    detail      VARCHAR(1000),
    actor       VARCHAR(100),
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6),
    CONSTRAINT fk_notification_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);

CREATE TABLE notify_preference (
    username      VARCHAR(64) NOT NULL PRIMARY KEY,
    email_enabled BOOLEAN     NOT NULL DEFAULT TRUE
);

CREATE TABLE urge_log (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT        NOT NULL,
    urged_by  VARCHAR(64)   NOT NULL,
    urged_at  DATETIME(6)   NOT NULL,
    message   VARCHAR(1000) NOT NULL DEFAULT '',
    CONSTRAINT fk_urge_log_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX ix_urge_log_report ON urge_log (report_id, urged_at);
