-- Sign-in lockout, password history and expiry, the per-address sign-in throttle. Written to run unchanged on H2 2.x
-- and MySQL 8 / MariaDB 10.11.

-- failed_sign_ins: consecutive wrong passwords since the last success (every node counts here, with one UPDATE each);
-- locked_until: no sign-in before then; password_changed_at: when the password was last set (its age for expiry);
-- must_change_password: set by an administrator, the user changes it at the next sign-in; demo: a demo account,
-- exempt from forced change and expiry; credentials_version: counts password changes and resets, so that a session
-- opened with an older password ends on its next request, on whichever node it lives.
ALTER TABLE app_user ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until DATETIME(6);
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;

-- The hashes a user's password had before, newest last, so that a new password is not one of the last few.
CREATE TABLE password_history (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    replaced_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_password_history_user ON password_history (user_id, id);

-- Failed sign-ins by client address over the throttle's window (older rows are deleted as new ones come).
CREATE TABLE sign_in_failure (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_address VARCHAR(64) NOT NULL,
    failed_at      DATETIME(6) NOT NULL
);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (client_address, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);
