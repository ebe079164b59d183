package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

/** The first account: created on an empty database only, with a password by the policy, to be changed at once. */
class BootstrapAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final Passwords passwords = mock(Passwords.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

    /** Answers the key and its arguments, so that the test sees which text was asked for. */
    private final Messages messages = mock(Messages.class, invocation -> {
        Object[] args = invocation.getArguments();
        return Arrays.stream(args, 1, args.length).map(String::valueOf).collect(Collectors.joining(" "));
    });

    private BootstrapAccount bootstrap(String admin, String password) {
        when(passwords.hash(any())).thenAnswer(i -> "hash:" + i.getArgument(0));
        return new BootstrapAccount(
                new BootstrapProperties(admin, password),
                users,
                passwords,
                events,
                messages,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anEmptyDatabaseGetsOneSystemAdminWhoMustChangeThePassword() {
        when(users.count()).thenReturn(0L);

        assertThat(bootstrap("root", "Erste-Start-2026").create()).isTrue();

        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(users).save(saved.capture());
        AppUser user = saved.getValue();
        assertThat(user.getUsername()).isEqualTo("root");
        assertThat(user.getPasswordHash()).isEqualTo("hash:Erste-Start-2026");
        assertThat(user.getRoles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(user.getCountyId()).isNull();
        assertThat(user.passwordChangeRequired(NOW, Duration.ZERO)).isTrue();
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue()).isInstanceOfSatisfying(SecurityEvent.class, e -> {
            assertThat(e.action()).isEqualTo(SecurityAction.USER_CREATED);
            assertThat(e.target()).isEqualTo("user:root");
            assertThat(e.detail()).contains("security.detail.user", "bootstrap.displayName");
        });
    }

    @Test
    void aDatabaseWithUsersIsLeftAlone() {
        when(users.count()).thenReturn(12L);

        assertThat(bootstrap("root", "Erste-Start-2026").create()).isFalse();

        verify(users, never()).save(any());
    }

    @Test
    void withoutThePropertiesNothingIsCreated() {
        when(users.count()).thenReturn(0L);

        assertThat(bootstrap(null, null).create()).isFalse();
        assertThat(bootstrap("  ", "Erste-Start-2026").create()).isFalse();

        verify(users, never()).save(any());
    }

    @Test
    void aPasswordAgainstThePolicyStopsTheStartWithTheRule() {
        when(users.count()).thenReturn(0L);

        assertThatThrownBy(() -> bootstrap("root", "short").create())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FAZHI_BOOTSTRAP_PASSWORD")
                .hasMessageContaining("error.password.tooShort 8");
        assertThatThrownBy(() -> bootstrap("root", "rootROOT1234").create())
                .hasMessageContaining("error.password.containsLogin");
        assertThatThrownBy(() -> bootstrap("root", null).create()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bootstrap("no such login!", "Erste-Start-2026").create())
                .isInstanceOf(IllegalStateException.class);
        verify(users, never()).save(any());
    }
}
