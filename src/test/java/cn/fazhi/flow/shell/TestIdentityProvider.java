package cn.fazhi.flow.shell;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the tests (Spring Authorization Server), in a small context of its own on a
 * random port of {@code localhost}: the county's 统一身份认证 platform. Its people sign in on its own login form (a
 * test's HTTP client fills it in as the person it plays); its ID tokens carry {@code preferred_username}. The one
 * client, {@value #CLIENT_ID}, may come back to any port of {@code 127.0.0.1} (a loopback redirect URI).
 * A {@code @TestConfiguration}, so that the application's own component scan leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
class TestIdentityProvider {

    static final String CLIENT_ID = "fazhi-flow";
    static final String CLIENT_SECRET = "platform-secret";
    static final String PASSWORD = "platform#1";

    /** The platform's people: some with an account in Fazhi Flow (demo logins), one without. */
    static final String[] PEOPLE = {"drafter1", "sysadmin", "stranger", "sso-disabled"};

    private static ConfigurableApplicationContext running;

    /** Starts the provider once for the JVM; answers its issuer URI. */
    static synchronized String issuer() {
        if (running == null) {
            running = new SpringApplicationBuilder(TestIdentityProvider.class)
                    .web(WebApplicationType.SERVLET)
                    .run(
                            "--server.port=0",
                            "--spring.config.location=optional:classpath:/no-such-dir/",
                            "--spring.main.banner-mode=off",
                            "--server.servlet.session.cookie.name=PLATFORMSESSION");
        }
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    @Bean
    @Order(1)
    SecurityFilterChain platform(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** The platform's own sign-in page (Spring Security's default form). */
    @Bean
    @Order(2)
    SecurityFilterChain platformSignIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        var people = new InMemoryUserDetailsManager();
        for (String login : PEOPLE) {
            people.createUser(User.withUsername(login)
                    .password("{noop}" + PASSWORD)
                    .roles("USER")
                    .build());
        }
        return people;
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(CLIENT_ID)
                        .clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("http://127.0.0.1/login/oauth2/code/fazhi")
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .build());
    }

    /** The login the county's platform tells its clients. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims()
                        .claim("preferred_username", context.getPrincipal().getName());
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
