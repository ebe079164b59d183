package cn.fazhi.flow.audit;

import cn.fazhi.flow.base.SecurityAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the security log as it is written; never changed once written. */
@Entity
@Immutable
@Table(name = "security_log")
class SecurityLogRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SecurityAction action;

    @Column(nullable = false)
    private String target;

    @Column(nullable = false)
    private boolean success;

    @Column(nullable = false)
    private String detail;

    protected SecurityLogRecord() {}

    SecurityLogRecord(
            Instant occurredAt,
            String actor,
            String address,
            SecurityAction action,
            String target,
            boolean success,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 64);
        this.address = address == null ? null : cut(address, 64);
        this.action = action;
        this.target = cut(target, 200);
        this.success = success;
        this.detail = cut(detail, 2000);
    }

    /** The text, shortened to the column's length (a failed sign-in may try any login); null becomes empty. */
    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
