-- The security log (安全审计, GB/T 22239-2019 level three). Written to run unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

-- One row per sign-in, failed sign-in, lockout, sign-out, password change or reset, permission denial (403),
-- administration change and purge of this log. Append-only: the application inserts rows, and deletes only rows older
-- than the retention (fazhi.audit.retention-days, at least 180 days) in its scheduled purge.
-- actor: a login ('system' for work nobody started, '' when nobody was signed in); address: the client address of
-- the request (null outside a request); target: a short reference to the object (user:drafter1, township:12,
-- GET /api/audit, page:reports/5); detail: text for the log reader.
CREATE TABLE security_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    address     VARCHAR(64),
    action      VARCHAR(32)   NOT NULL,
    target      VARCHAR(200)  NOT NULL DEFAULT '',
    success     BOOLEAN       NOT NULL,
    detail      VARCHAR(2000) NOT NULL DEFAULT ''
);

CREATE INDEX ix_security_log_time ON security_log (occurred_at);
CREATE INDEX ix_security_log_actor ON security_log (actor, occurred_at);
-- The auditor reads the reports' decisions by time and by user, too.
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);

-- What the auditor reads: the security log beside the reports' histories, whose process decisions are linked here,
-- not copied (the application picks the decisions among the audit_event rows). entry_key keeps the rows of the two
-- tables apart: even for security_log, odd for audit_event.
CREATE VIEW security_log_view AS
SELECT 2 * id AS entry_key, 'security_log' AS origin, occurred_at, actor, address, action, target, success, detail,
       NULL AS report_id, NULL AS step
  FROM security_log
UNION ALL
SELECT 2 * id + 1, 'audit_event', occurred_at, actor, NULL, action, '', TRUE, detail, report_id, step
  FROM audit_event;
