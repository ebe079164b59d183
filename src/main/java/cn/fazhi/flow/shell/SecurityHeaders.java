package cn.fazhi.flow.shell;

import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response besides Spring Security's defaults (X-Frame-Options DENY, nosniff, no
 * caching, and HSTS on a request that came over HTTPS, as {@code request.isSecure()} tells): a Content-Security-Policy,
 * {@code Referrer-Policy: same-origin} and a Permissions-Policy that grants the pages nothing they do not use.
 *
 * <p>The pages' policy lets scripts run from the application itself, and inline only with the request's nonce, which
 * {@link BootstrapPage} puts on Vaadin's bootstrap scripts; nothing else may load from elsewhere, and no other site
 * may frame the pages. Three allowances were found necessary in Chromium, with a report-only policy without them on
 * the pages the browser tests walk (the production bundle's Flow client is the same code): {@code 'unsafe-eval'} for
 * scripts, because Flow's client runs every {@code executeJs} (the page title, the page language, scrolling) through
 * {@code new Function}; {@code 'unsafe-inline'} for styles, because the components and Lumo write style elements and
 * style attributes at run time, which no nonce can cover; and {@code data:} fonts, Lumo's icon fonts. Images may be
 * {@code data:} URIs too (the board's chart is one). User text never becomes markup (it is always set as text), so none
 * of them opens a way in on its own.
 */
final class SecurityHeaders {

    /** The request attribute that holds the request's script nonce. */
    static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'nonce-%s' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON and files: nothing in them may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), hid=(), idle-detection=(),"
            + " magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(),"
            + " screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    /** The headers of the application's pages (the Vaadin application and its downloads). */
    static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return headers -> common(headers)
                .addHeaderWriter((request, response) ->
                        response.setHeader("Content-Security-Policy", PAGE_POLICY.formatted(nonce(request))));
    }

    /** The headers of the REST API (and the engine's, the actuator and the API description). */
    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    /** The headers of the Camunda webapp, which sends its own Content-Security-Policy. */
    static Customizer<HeadersConfigurer<HttpSecurity>> engineWebapp() {
        return SecurityHeaders::common;
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }

    /** The request's script nonce, made on first use: the page and its header must carry the same one. */
    static String nonce(ServletRequest request) {
        Object nonce = request.getAttribute(NONCE);
        if (nonce == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE, nonce);
        }
        return (String) nonce;
    }
}
