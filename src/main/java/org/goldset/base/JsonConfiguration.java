package org.goldset.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's one JsonMapper bean is {@link Json#MAPPER}: beans are given it, code that is
 * not a bean (records, writers made per export) uses the constant, and both write the same JSON.
 * Spring Boot's own mapper backs off when this bean exists.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapper jsonMapper() {
        return Json.MAPPER;
    }
}
