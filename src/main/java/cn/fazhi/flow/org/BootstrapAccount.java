package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first account of a new installation: on a database without any user, {@code fazhi.bootstrap.admin} and
 * {@code fazhi.bootstrap.password} create one SYSTEM_ADMIN, who must change the password at the first sign-in. A
 * password against the policy stops the start with the rule it breaks. Without them, an empty installation says once
 * in the log how to create the first account. Runs after every other start-up task (the demo data creates its own
 * accounts first, and then there is nothing to do here).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@EnableConfigurationProperties(BootstrapProperties.class)
class BootstrapAccount implements ApplicationRunner {

    static final String DISPLAY_NAME_KEY = "bootstrap.displayName";

    private static final Logger log = LoggerFactory.getLogger(BootstrapAccount.class);

    private final BootstrapProperties properties;
    private final AppUserRepository users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    BootstrapAccount(
            BootstrapProperties properties,
            AppUserRepository users,
            Passwords passwords,
            ApplicationEventPublisher events,
            Messages messages,
            Clock clock) {
        this.properties = properties;
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create();
    }

    /** Creates the account if the database has no user and the properties name one; answers whether it did. */
    @Transactional
    boolean create() {
        if (users.count() > 0) {
            return false;
        }
        if (!properties.given()) {
            log.warn("This installation has no user account yet. Set FAZHI_BOOTSTRAP_ADMIN (a login) and "
                    + "FAZHI_BOOTSTRAP_PASSWORD (a password by the policy: at least 8 characters of three kinds) and "
                    + "restart to create the first system administrator, who must change the password at the first "
                    + "sign-in.");
            return false;
        }
        String login;
        String password = properties.password() == null ? "" : properties.password();
        try {
            login = AdminRules.login(properties.admin());
            PasswordPolicy.check(login, password);
        } catch (FlowException e) {
            throw new IllegalStateException("FAZHI_BOOTSTRAP_ADMIN / FAZHI_BOOTSTRAP_PASSWORD (fazhi.bootstrap.*) "
                    + "refused: " + messages.get(java.util.Locale.ENGLISH, e.messageKey(), e.args()));
        }
        String name = messages.get(Messages.CHINESE, DISPLAY_NAME_KEY);
        AppUser user = new AppUser(login, passwords.hash(password), name, null, null, clock.instant(), true);
        user.getRoles().add(Role.SYSTEM_ADMIN);
        users.save(user);
        events.publishEvent(SecurityEvent.succeeded(
                SecurityAction.USER_CREATED,
                SecurityEvent.SYSTEM,
                "user:" + login,
                messages.get(
                        Messages.CHINESE,
                        "security.detail.user",
                        name,
                        messages.get(Messages.CHINESE, "role.SYSTEM_ADMIN"))));
        log.info(
                "Created the first system administrator '{}'; the password must be changed at the first sign-in.",
                login);
        return true;
    }
}
