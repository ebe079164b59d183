package cn.fazhi.flow.shell;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fazhi.sso.*}: single sign-on through a county's OpenID Connect platform (统一身份认证), off by default. When on,
 * the login page offers a button to {@code /oauth2/authorization/fazhi}; the platform's {@code loginClaim} names the
 * Fazhi Flow account, which must exist and be active. {@code passwordLogin} false hides the password form and refuses
 * password sign-in on the form and over HTTP Basic, except for a SYSTEM_ADMIN (the operator's way in while the
 * platform is down, and to the engine's surfaces).
 */
@ConfigurationProperties("fazhi.sso")
record SsoProperties(
        @DefaultValue("false") boolean enabled,
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue("preferred_username") String loginClaim,
        String buttonLabel,
        @DefaultValue("true") boolean passwordLogin) {

    /** The registration id, and so the last segment of the sign-in link and of the redirect URI. */
    static final String REGISTRATION = "fazhi";

    /** The link the login page's button opens. */
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION;

    /** Whether a password may sign anyone but a SYSTEM_ADMIN in. */
    boolean passwordSignInOpen() {
        return !enabled || passwordLogin;
    }
}
