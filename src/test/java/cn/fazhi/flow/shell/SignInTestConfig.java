package cn.fazhi.flow.shell;

import cn.fazhi.flow.MovableClock;
import cn.fazhi.flow.base.SecurityEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * For the sign-in tests: a clock the test moves forward (locks end, windows pass, sessions idle, passwords age without
 * waiting) and the security events the application published.
 */
@TestConfiguration(proxyBeanMethods = false)
class SignInTestConfig {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    /** Every {@link SecurityEvent} published, in order. */
    static final class PublishedEvents {

        private final List<SecurityEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SecurityEvent event) {
            events.add(event);
        }

        /** The events whose actor is the login. */
        List<SecurityEvent> of(String actor) {
            return events.stream().filter(e -> actor.equals(e.actor())).toList();
        }
    }
}
