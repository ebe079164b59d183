package cn.fazhi.flow.check;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A county's choice for one rule: on or off, and a severity that replaces the rule's own (null keeps it). */
@Entity
@Table(name = "check_rule_setting")
class CheckRuleSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "county_id", nullable = false)
    private Long countyId;

    @Column(nullable = false)
    private String rule;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CheckRuleSetting() {}

    CheckRuleSetting(long countyId, String rule) {
        this.countyId = countyId;
        this.rule = rule;
        this.enabled = true;
    }

    void change(boolean enabled, Severity severity, String by, Instant at) {
        this.enabled = enabled;
        this.severity = severity;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String getRule() {
        return rule;
    }

    boolean isEnabled() {
        return enabled;
    }

    Severity getSeverity() {
        return severity;
    }
}
