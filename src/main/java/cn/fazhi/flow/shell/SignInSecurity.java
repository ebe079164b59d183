package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.SignInAttempts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * How the filter chains sign people in and keep them signed in (see {@code SecurityConfig} for the chains): every
 * password goes through the {@link SignInGuard} (lockout, per-address throttle, security log); the API caches
 * verified credentials, answers 401/429 and refuses a user who must change their password; the login form needs its
 * CSRF token; a session ends when its password changed or it idled, and the sign-out is logged. With single sign-on
 * on and password sign-in off, a password signs in a SYSTEM_ADMIN only.
 */
@Component
class SignInSecurity {

    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final SignInAttempts attempts;
    private final OrgService org;
    private final Messages messages;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final RequestUtil vaadinRequests;
    private final Clock clock;
    private final SsoProperties sso;

    SignInSecurity(
            UserDetailsService users,
            PasswordEncoder encoder,
            SignInAttempts attempts,
            OrgService org,
            Messages messages,
            ObjectMapper json,
            ApplicationEventPublisher events,
            RequestUtil vaadinRequests,
            Clock clock,
            SsoProperties sso) {
        this.users = users;
        this.encoder = encoder;
        this.attempts = attempts;
        this.org = org;
        this.messages = messages;
        this.json = json;
        this.events = events;
        this.vaadinRequests = vaadinRequests;
        this.clock = clock;
        this.sso = sso;
    }

    /** The REST API and the engine's: HTTP Basic through the cache and the guard; JSON 401/429/403. */
    void api(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var entryPoint = new SignInEntryPoint(messages, json, clock);
        var basic = new CachingBasicAuthenticationProvider(users, guard(false), clock);
        var ownAccount = new OrRequestMatcher(paths.matcher("/api/me"), paths.matcher("/api/me/password"));
        http.authenticationManager(new ProviderManager(basic))
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .addFilterAfter(
                        PasswordChangeRequiredFilter.api(org, ownAccount, messages, json), AuthorizationFilter.class);
    }

    /** The Camunda webapp, which takes the application's session. */
    void cockpit(HttpSecurity http) {
        http.addFilterAfter(new SessionGuard(org, events, clock), SecurityContextHolderFilter.class)
                .addFilterAfter(PasswordChangeRequiredFilter.pages(org), AuthorizationFilter.class);
    }

    /** Vaadin's own security settings: its CSRF settings off (see {@link #browser}), the sign-out logged. */
    void vaadin(VaadinSecurityConfigurer vaadin) {
        vaadin.enableCsrfConfiguration(false).addLogoutHandler((request, response, auth) -> {
            if (auth != null) {
                events.publishEvent(SecurityEvent.succeeded(
                        SecurityAction.SIGN_OUT,
                        auth.getName(),
                        SignInAttempts.target(auth.getName()),
                        "security.detail.signedOut"));
            }
        });
    }

    /**
     * The Vaadin application and its login form. Vaadin exempts the login form's POST from CSRF protection, so that
     * a page of another site could sign a visitor in to an account of its choosing: here only Vaadin's own requests
     * (which carry Vaadin's token) are exempt, and the login form sends the token the page gave it. {@code others}
     * sign in other ways than by password (single sign-on's answer from the platform).
     */
    void browser(HttpSecurity http, List<AuthenticationProvider> others) throws Exception {
        var providers = new ArrayList<AuthenticationProvider>();
        providers.add(guard(true));
        providers.addAll(others);
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                        .withObjectPostProcessor(staleLoginPage()))
                .authenticationManager(new ProviderManager(providers))
                .addFilterAfter(new SessionGuard(org, events, clock), SecurityContextHolderFilter.class);
    }

    /**
     * A login form posted without a valid token (a page of another site, or a login page older than its session, as
     * after a restart) goes back to the login page, which asks to sign in again; any other request without its token
     * is refused (403).
     */
    private static ObjectPostProcessor<CsrfFilter> staleLoginPage() {
        var loginForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        var handlers = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        handlers.put(
                loginForm,
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/login?expired"));
        var handler = new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
        return new ObjectPostProcessor<>() {
            @Override
            public <F extends CsrfFilter> F postProcess(F filter) {
                filter.setAccessDeniedHandler(handler);
                return filter;
            }
        };
    }

    private AuthenticationProvider guard(boolean loginForm) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new SignInGuard(passwords, attempts, loginForm, this::passwordAllowed);
    }

    /**
     * Whether a login may sign in with a password: anyone, unless single sign-on is on with password sign-in switched
     * off; then only a SYSTEM_ADMIN (the operator's way in while the platform is down, and to the engine's surfaces).
     */
    boolean passwordAllowed(String login) {
        if (sso.passwordSignInOpen()) {
            return true;
        }
        try {
            return users.loadUserByUsername(login).getAuthorities().stream()
                    .anyMatch(a -> ("ROLE_" + SecurityConfig.SYSTEM_ADMIN).equals(a.getAuthority()));
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }
}
