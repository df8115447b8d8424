package org.dancu.steering.indicators;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the indicators API's authentication for machines in the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class IndicatorApiDescription {

    static final String BEARER = "indicatorApiToken";

    @Bean
    OpenApiCustomizer indicatorApiTokenScheme() {
        return api -> api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("The token of an API client an administrator created at /admin/api-clients "
                        + "(shown once); read-only, limited to the client's unit. See docs/steering.md"));
    }
}
