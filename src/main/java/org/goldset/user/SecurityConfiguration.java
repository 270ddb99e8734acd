package org.goldset.user;

import java.time.Clock;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.goldset.base.GoldsetProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Logins for the web app: Vaadin's security configurer (login view, logout, CSRF as Vaadin does
 * it, views checked by their access annotations) and method security on the services the screens
 * call. Only in the web app: a command run from the shell already holds the database file, so it
 * acts without logging in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** First of all filters: a request for a host Goldset does not serve goes no further. */
    @Bean
    FilterRegistrationBean<AllowedHostFilter> allowedHosts(Environment environment, GoldsetProperties properties) {
        FilterRegistrationBean<AllowedHostFilter> registration = new FilterRegistrationBean<>(new AllowedHostFilter(
                environment.getProperty("server.address"), properties.web().allowedHosts()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Second: every answer carries the security headers, whichever part of the app writes it. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
                new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    SecurityFilterChain goldsetWebSecurity(HttpSecurity http, UserAccounts accounts) throws Exception {
        // The app's own stylesheet dresses the login view too. The API's description (no data in it) is
        // public, so a script's author can read it before having a token.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/v3/api-docs", "/v3/api-docs/**",
                "/swagger-ui.html", "/swagger-ui/**").permitAll());
        // Any other address needs a login, then reaches Vaadin, which shows its not-found page (by
        // default Spring Security would answer an unknown address with an empty 403).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.addFilterBefore(new StillEnabledFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    /** The one way to log in; being a bean, it also keeps Spring Boot from making a default user. */
    @Bean
    AuthenticationProvider passwordLogin(UserAccounts accounts, Clock clock) {
        return new PasswordLogin(accounts, new LoginThrottle(clock));
    }
}
