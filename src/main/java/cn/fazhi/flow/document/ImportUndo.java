package cn.fazhi.flow.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The draft of a report as it stood before its last document import, kept so that the import can be undone after a
 * reload, as long as the report still has the lock version the import left it with (nothing saved since).
 */
@Entity
@Table(name = "document_import")
class ImportUndo {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    /** The working copy before the import, as JSON. */
    @Column(name = "previous_content", nullable = false, length = 1_000_000)
    private String previousContent;

    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportUndo() {}

    ImportUndo(long reportId) {
        this.reportId = reportId;
    }

    /** Records an import: the draft before it, and the lock version the report has after it. */
    void record(String previousContent, long lockVersion, String importedBy, Instant importedAt) {
        this.previousContent = previousContent;
        this.lockVersion = lockVersion;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    String previousContent() {
        return previousContent;
    }

    /** Whether a report at this lock version is as the import left it. */
    boolean current(long reportLockVersion) {
        return lockVersion == reportLockVersion;
    }
}
