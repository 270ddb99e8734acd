package org.goldset.user;

import java.time.Clock;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

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

    @Bean
    SecurityFilterChain goldsetWebSecurity(HttpSecurity http, UserAccounts accounts) throws Exception {
        // The app's own stylesheet dresses the login view too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**").permitAll());
        // Any other address needs a login, then reaches Vaadin, which shows its not-found page (by
        // default Spring Security would answer an unknown address with an empty 403).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.headers(headers -> headers
                .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.addFilterBefore(new StillEnabledFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    /** The one way to log in; being a bean, it also keeps Spring Boot from making a default user. */
    @Bean
    AuthenticationProvider passwordLogin(UserAccounts accounts, Clock clock) {
        return new PasswordLogin(accounts, new LoginThrottle(clock));
    }
}
