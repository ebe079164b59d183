package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The engine's surfaces behind the application's security. The Camunda webapp under {@code /camunda} behind the
 * application's login: Spring Security admits only
 * system administrators there (see {@link SecurityConfig}), and this filter signs them in to Cockpit with
 * {@link CockpitAuthenticationProvider}, so there is no second login; query expressions are refused in front of the
 * engine's REST APIs.
 */
@Configuration(proxyBeanMethods = false)
class CockpitSetup {

    /**
     * Runs after Spring Security's filter chain (order -100), which has already set the signed-in user, and before
     * the Camunda webapp's own filters, which are registered after the filter beans.
     */
    static final int FILTER_ORDER = 101;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitLoginFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("cockpit-login");
        registration.setInitParameters(
                Map.of("authentication-provider", CockpitAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    /** Query expressions are refused in front of the engine's REST surfaces (see {@link EngineQueryGuard}). */
    @Bean
    FilterRegistrationBean<EngineQueryGuard> engineQueryGuard(ObjectMapper json, Messages messages) {
        FilterRegistrationBean<EngineQueryGuard> registration =
                new FilterRegistrationBean<>(new EngineQueryGuard(json, messages));
        registration.setName("engine-query-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    /** The group Camunda's webapps give every right to; system administrators join it on their first visit. */
    @EventListener(ApplicationReadyEvent.class)
    void createAdminGroup(ApplicationReadyEvent event) {
        ensureAdminGroup(event.getApplicationContext().getBean(IdentityService.class));
    }

    static void ensureAdminGroup(IdentityService identity) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
    }
}
