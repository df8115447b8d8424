package org.dancu.exchange.gateway;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the partner API's authentication in the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ExchangeApiDescription {

    @Bean
    OpenApiCustomizer exchangeSignatureScheme() {
        return api -> api.getComponents().addSecuritySchemes("httpMessageSignature", new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("Signature")
                .description("HTTP Message Signatures (RFC 9421), Ed25519, covering @method, @path and "
                        + "content-digest (RFC 9530, sha-256) with created, nonce and keyid; see docs/exchange.md"));
    }
}
