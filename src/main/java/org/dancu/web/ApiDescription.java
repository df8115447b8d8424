package org.dancu.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The heading of the OpenAPI description: what the API is and how callers authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    private static final String STAFF_SESSION = "staffSession";

    /** The session cookie's name: the container's default, or the {@code prod} profile's host-bound one. */
    @Bean
    OpenAPI dancuApi(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        return new OpenAPI()
                .info(new Info()
                        .title("dancu API")
                        .version("v1")
                        .description("Population data platform for Project 06. Staff calls use the session "
                                + "of a signed-in officer; errors are application/problem+json (RFC 9457).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(STAFF_SESSION, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name(sessionCookie)))
                .addSecurityItem(new SecurityRequirement().addList(STAFF_SESSION));
    }
}
