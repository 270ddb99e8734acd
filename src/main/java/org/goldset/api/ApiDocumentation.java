package org.goldset.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} (served at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}): every call needs a personal API token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI goldsetApi() {
        return new OpenAPI()
                .info(new Info().title("Goldset API").version("v1")
                        .description("Documents, review decisions, imports and exports of a Goldset corpus. Offsets"
                                + " count Unicode code points. Errors are RFC 9457 problem details. Make a token in"
                                + " the web app (your name → API tokens) or with `goldset user token`.")
                        .license(new License().name("GPL-3.0-or-later")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token (gs_…)")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
