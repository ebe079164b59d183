package cn.fazhi.flow.audit;

import cn.fazhi.flow.base.SecurityEvent;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link SecurityEvent} any feature publishes into the security log, with the time (the injected clock)
 * and the client address of the current request. A success is written in the publisher's transaction when it has a
 * writable one, so that the entry exists exactly when the action does; a failure (a refusal, a failed sign-in) in a
 * transaction of its own, since the refused action's transaction rolls back; either without a transaction around it
 * in a transaction of its own.
 */
@Component
class SecurityLogRecorder {

    private final SecurityLogRepository log;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SecurityLogRecorder(SecurityLogRepository log, PlatformTransactionManager transactions, Clock clock) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener
    void record(SecurityEvent event) {
        SecurityLogRecord entry = new SecurityLogRecord(
                clock.instant(),
                event.actor(),
                clientAddress(),
                event.action(),
                event.target(),
                event.success(),
                event.detail());
        if (event.success()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            log.save(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> log.save(entry));
        }
    }

    /** The client address of the request being served ({@code getRemoteAddr()}), or null outside a request. */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }
}
