package cn.fazhi.flow.audit;

import java.time.Instant;

/**
 * One entry of the security log as the auditor reads it: when, who ({@code actor} a login, {@code actorName} their
 * name when the login is a user's), from which address, what, on which object, the result and a detail. A process
 * decision is read from its report's history: its {@code action} is an {@link AuditAction}, its {@code target} the
 * report ({@code report:12}, also {@code reportId}) and {@code step} the step it was taken in.
 */
public record SecurityLogEntry(
        Instant at,
        String actor,
        String actorName,
        String address,
        String action,
        String target,
        boolean success,
        String detail,
        Long reportId,
        String step) {

    /** How a report is named as a target. */
    static final String REPORT = "report:";
}
