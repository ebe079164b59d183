package cn.fazhi.flow.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Placeholder of the notification feature's API (built in parallel on its own branch, which replaces this file at
 * merge): it only logs.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    /** Stores one in-app notification per recipient and mails those who have e-mail on. Runs as the system. */
    public void send(Notice notice) {
        log.info("Notice {}", notice);
    }

    /** Urges the current holder(s) of the report's open task. */
    public void urge(long reportId, String message) {
        log.info("Urge report {}: {}", reportId, message);
    }
}
