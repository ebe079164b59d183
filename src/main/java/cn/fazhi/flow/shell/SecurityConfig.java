package cn.fazhi.flow.shell;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two filter chains. The REST API and the engine's REST API take HTTP Basic, keep no session and need no CSRF token;
 * everything else is the Vaadin application with its login form. The engine's own surfaces (the Camunda webapp and
 * {@code /engine-rest}) are the installation operator's tools, for SYSTEM_ADMIN only: they see every county's
 * processes, so no county's administrator may open them.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder)
            throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        AuthenticationManager basic = new ProviderManager(new CachingBasicAuthenticationProvider(users, encoder));
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
                        .anyRequest()
                        .authenticated())
                .authenticationManager(basic)
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.api())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        // The Camunda webapp has its own CSRF protection; login happens in the Vaadin login form.
        http.securityMatcher(paths.matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(SYSTEM_ADMIN))
                .formLogin(f -> f.loginPage("/login"))
                .headers(SecurityHeaders.engineWebapp())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers(paths.matcher("/public/**"), paths.matcher("/images/**"))
                        .permitAll());
        http.headers(SecurityHeaders.pages());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }
}
