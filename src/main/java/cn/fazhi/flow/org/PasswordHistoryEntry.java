package cn.fazhi.flow.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A hash a user's password had before it was replaced, so that a new password is not one of the last few. */
@Entity
@Immutable
@Table(name = "password_history")
class PasswordHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected PasswordHistoryEntry() {}

    PasswordHistoryEntry(long userId, String passwordHash, Instant replacedAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.replacedAt = replacedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
