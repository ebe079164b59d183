package cn.fazhi.flow.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a request's answers: the one its {@code Accept-Language} asks for among Chinese and English, and
 * Chinese when it asks for none (not the server's own language, which Tomcat would take). The same for the controllers
 * and for the security filters that answer before them.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Messages.LOCALES);
        resolver.setDefaultLocale(Messages.CHINESE);
        return resolver;
    }

    /** Right after Spring's own request context filter, before Spring Security's filters. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestLocale(LocaleResolver resolver) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                LocaleContext previous = LocaleContextHolder.getLocaleContext();
                LocaleContextHolder.setLocale(resolver.resolveLocale(request), true);
                try {
                    chain.doFilter(request, response);
                } finally {
                    LocaleContextHolder.setLocaleContext(previous, true);
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("request-locale");
        registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104);
        return registration;
    }
}
