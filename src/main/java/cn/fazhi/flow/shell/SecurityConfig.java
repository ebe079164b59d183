package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.AccessDenials;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.org.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.util.UrlPathHelper;

/**
 * Four filter chains. The webapps' setup paths are closed to all; the REST API and the engine's REST API take HTTP
 * Basic, keep no session and need no CSRF token; the Camunda webapp takes the application's session; everything else
 * is the Vaadin application with its login form (and, when {@code fazhi.sso.enabled}, the county's single sign-on,
 * {@link SingleSignOn}). How each signs people in and keeps them signed in is
 * {@link SignInSecurity}'s. The engine's own surfaces (the Camunda webapp and {@code /engine-rest}) are the
 * installation operator's tools, for SYSTEM_ADMIN only: they see every county's processes, so no county's
 * administrator may open them. Every chain tells the security log of the requests it refuses (403).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SsoProperties.class)
class SecurityConfig {

    static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    /**
     * The roles of a county's people, the only ones the county's API serves: the installation's accounts call their
     * own account's and their role's endpoints only (三员分立: the auditor reads the log and nothing else).
     */
    private static final String[] COUNTY_ROLES =
            Stream.of(Role.values()).filter(Role::ofCounty).map(Role::name).toArray(String[]::new);

    private final AccessDenials denials;
    private final Messages messages;
    private final ObjectMapper json;

    SecurityConfig(AccessDenials denials, Messages messages, ObjectMapper json) {
        this.denials = denials;
        this.messages = messages;
        this.json = json;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Closes the Camunda webapps' first-run setup (CVE-2026-77226: {@code /camunda/api/admin/setup/{engine}/user/create}
     * lets an anonymous caller create an engine administrator while the {@code camunda-admin} group has no member):
     * every path of the webapps with a {@code setup} segment answers 403 to everyone, signed in or not, before any other
     * chain sees it.
     */
    @Bean
    @Order(0)
    SecurityFilterChain engineSetupChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityConfig::isWebappSetupPath)
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
                        .accessDeniedHandler(
                                (request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable());
        return http.build();
    }

    /** A path of the Camunda webapps with a {@code setup} segment, in any letter case, however it is percent-encoded. */
    static boolean isWebappSetupPath(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (!path.startsWith("/camunda/")) {
            return false;
        }
        return Arrays.stream(path.split("/")).anyMatch("setup"::equalsIgnoreCase);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, SignInSecurity signIn) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher("/api/**"),
                        paths.matcher("/engine-rest/**"),
                        paths.matcher("/actuator/**"),
                        paths.matcher("/v3/api-docs/**"),
                        paths.matcher("/error")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(paths.matcher("/error"))
                        .permitAll()
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/v3/api-docs/**"))
                        .permitAll()
                        .requestMatchers(paths.matcher("/engine-rest/**"), paths.matcher("/actuator/**"))
                        .hasRole(SYSTEM_ADMIN)
                        .requestMatchers(
                                paths.matcher("/api/me"),
                                paths.matcher("/api/me/password"),
                                paths.matcher("/api/audit"),
                                paths.matcher("/api/audit.xlsx"))
                        .authenticated()
                        // The installation's counties are the system administrator's; the rest of the
                        // administration is a county ADMIN's, for their own county (OrgAdministration checks which).
                        .requestMatchers(paths.matcher("/api/admin/counties"), paths.matcher("/api/admin/counties/**"))
                        .hasRole(SYSTEM_ADMIN)
                        .requestMatchers(paths.matcher("/api/admin/**"))
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(paths.matcher("/api/**"))
                        .hasAnyRole(COUNTY_ROLES)
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable());
        signIn.api(http);
        http.exceptionHandling(e -> e.accessDeniedHandler(denials.handler((request, response, denied) ->
                JsonErrors.write(response, json, 403, "error.roleNotAllowed", messages.get("error.roleNotAllowed")))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http, SignInSecurity signIn) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        // The Camunda webapp has its own CSRF protection; login happens in the Vaadin login form.
        http.securityMatcher(paths.matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(SYSTEM_ADMIN))
                .formLogin(f -> f.loginPage("/login"))
                .headers(SecurityHeaders.engineWebapp())
                .csrf(c -> c.disable());
        signIn.cockpit(http);
        http.exceptionHandling(e -> e.accessDeniedHandler(denials.handler()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http, SignInSecurity signIn, ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers(paths.matcher("/public/**"), paths.matcher("/images/**"))
                        .permitAll());
        http.headers(SecurityHeaders.pages());
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> signIn.vaadin(vaadin.loginView(LoginView.class, "/login")));
        SingleSignOn sso = singleSignOn.getIfAvailable();
        signIn.browser(http, sso == null ? List.of() : List.of(sso.provider()));
        if (sso != null) {
            sso.configure(http);
        }
        http.exceptionHandling(e -> e.accessDeniedHandler(denials.handler()));
        return http.build();
    }
}
