-- The undo of a drafter's last document import (撤销导入). Written to run unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

-- One row per report at most: the working copy as it stood before the import (as JSON), and the lock version the
-- report had right after the import. The undo is offered while the report still has that lock version, i.e. until
-- the draft is saved again or the report moves on (a submission).
CREATE TABLE document_import (
    report_id        BIGINT       NOT NULL PRIMARY KEY,
    previous_content LONGTEXT     NOT NULL,
    lock_version     BIGINT       NOT NULL,
    imported_by      VARCHAR(64)  NOT NULL,
    imported_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_document_import_report FOREIGN KEY (report_id) REFERENCES report (id)
);
