package cn.fazhi.flow.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fazhi.bootstrap.*} (environment {@code FAZHI_BOOTSTRAP_ADMIN} and {@code FAZHI_BOOTSTRAP_PASSWORD}): the
 * login and password of the first SYSTEM_ADMIN, created on a database without any user.
 */
@ConfigurationProperties("fazhi.bootstrap")
record BootstrapProperties(String admin, String password) {

    boolean given() {
        return admin != null && !admin.isBlank();
    }
}
