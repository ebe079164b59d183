package cn.fazhi.flow.shell;

import cn.fazhi.flow.org.OrgService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through the county's OpenID Connect platform ({@code fazhi.sso.enabled=true}; without it this bean
 * does not exist, and nothing of it is configured or contacted). The one client, {@code fazhi}, is registered from
 * {@code fazhi.sso.*}, reading the platform's discovery document on the first sign-in (so the application starts
 * while the platform is down). The platform's {@code login-claim} names the account; an account that exists and is
 * active signs in with its own roles, as the same principal a password gives (see
 * {@link OrgService#signInWithSso}); any other goes back to the login page with a refusal, written to the security
 * log.
 */
@Component
@ConditionalOnProperty(prefix = "fazhi.sso", name = "enabled", havingValue = "true")
class SingleSignOn {

    /** The OAuth2 error code of a login the platform vouched for that has no active account here. */
    static final String REFUSED = "fazhi_account_refused";

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);

    private final SsoProperties properties;
    private final OrgService org;
    private final ClientRegistrationRepository registrations;
    private final OidcUserService platformUsers = new OidcUserService();
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SavedRequestAwareAuthenticationSuccessHandler onward =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SingleSignOn(SsoProperties properties, OrgService org) {
        if (blank(properties.issuerUri()) || blank(properties.clientId())) {
            throw new IllegalStateException(
                    "fazhi.sso.enabled=true needs fazhi.sso.issuer-uri and fazhi.sso.client-id (see README, Single sign-on)");
        }
        this.properties = properties;
        this.org = org;
        this.registrations = new DiscoveredRegistration(properties);
    }

    /** The Vaadin chain signs in through the platform too: the login page's button, the platform's redirect back. */
    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler(this::signedIn)
                .failureHandler(this::failed)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
                        // The platform unreachable (its discovery document) is a message on the login page, not a 500.
                        filter.setAuthenticationFailureHandler(SingleSignOn.this::failed);
                        return filter;
                    }
                }));
    }

    /**
     * Signs in with the platform's answer (the authorization code, exchanged for its tokens; the ID token verified),
     * in the Vaadin chain's own authentication manager beside the password check.
     */
    AuthenticationProvider provider() {
        return new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), this::loadUser);
    }

    /** The platform's user, after its ID token was verified: their account here, or the refusal. */
    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser platformUser = platformUsers.loadUser(request);
        Object claim = platformUser.getClaims().get(properties.loginClaim());
        String login = claim == null ? null : claim.toString();
        Authentication account = org.signInWithSso(login)
                .orElseThrow(
                        () -> new OAuth2AuthenticationException(new OAuth2Error(REFUSED, "no active account", null)));
        return new SsoUser(account, platformUser);
    }

    /** The session holds the account's own principal from here on, as after a password sign-in. */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication platform)
            throws IOException, jakarta.servlet.ServletException {
        if (!(platform.getPrincipal() instanceof SsoUser user)) {
            throw new IllegalStateException("not signed in through SingleSignOn.loadUser");
        }
        Authentication account = user.account();
        if (account instanceof AbstractAuthenticationToken token) {
            token.setDetails(platform.getDetails());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(account);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        onward.onAuthenticationSuccess(request, response, account);
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean refused = failure instanceof OAuth2AuthenticationException oauth
                && REFUSED.equals(oauth.getError().getErrorCode());
        if (!refused) {
            LOG.warn("Single sign-on failed: {}", failure.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?" + (refused ? "sso-refused" : "sso-failed"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The platform's user with the account's authorities and login, for the moment between the platform's answer and
     * {@link #signedIn}, which puts the account's own principal in its place.
     */
    static final class SsoUser extends DefaultOidcUser {

        private final Authentication account;

        SsoUser(Authentication account, OidcUser platformUser) {
            super(authorities(account), platformUser.getIdToken(), platformUser.getUserInfo(), IdTokenClaimNames.SUB);
            this.account = account;
        }

        @SuppressWarnings("unchecked")
        private static Collection<GrantedAuthority> authorities(Authentication account) {
            return (Collection<GrantedAuthority>) account.getAuthorities();
        }

        Authentication account() {
            return account;
        }

        @Override
        public String getName() {
            return account.getName();
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** The one client, registered from the platform's discovery document when first needed, then kept. */
    private static final class DiscoveredRegistration implements ClientRegistrationRepository {

        private final SsoProperties properties;
        private volatile ClientRegistration registration;

        DiscoveredRegistration(SsoProperties properties) {
            this.properties = properties;
        }

        @Override
        public ClientRegistration findByRegistrationId(String id) {
            if (!SsoProperties.REGISTRATION.equals(id)) {
                return null;
            }
            ClientRegistration found = registration;
            if (found == null) {
                found = discover();
                registration = found;
            }
            return found;
        }

        private ClientRegistration discover() {
            ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(properties.issuerUri());
            if (blank(properties.clientSecret())) {
                // A public client: no secret, PKCE instead.
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(properties.clientSecret());
            }
            return builder.registrationId(SsoProperties.REGISTRATION)
                    .clientId(properties.clientId())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
        }
    }
}
