package org.goldset.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The API's own security chain, checked before the web app's (order 1, matching {@code /api/**}
 * only, so Vaadin's chain keeps every other address): bearer tokens, no session, no CSRF (no
 * cookie authenticates an API call, so there is nothing to forge), and problem details instead of
 * a login page. Roles are checked by the services, as for the screens (method security).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            Problems.write(request, response, 401, "Unauthorized",
                                    "Send a personal API token: Authorization: Bearer <token>.");
                        })
                        .accessDeniedHandler((request, response, refused) -> Problems.write(request, response, 403,
                                "Forbidden", "Your role may not do this.")));
        return http.build();
    }
}
