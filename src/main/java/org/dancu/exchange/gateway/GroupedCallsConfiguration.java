package org.dancu.exchange.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The threads that serve the gateway's grouped calls, started and stopped with the application. */
@Configuration(proxyBeanMethods = false)
class GroupedCallsConfiguration {

    @Bean
    GroupedCalls<?, ?> nonceClaimsThread(NonceStore nonces) {
        return nonces.lifecycle();
    }

    @Bean
    GroupedCalls<?, ?> personLookupsThread(PersonLookups lookups) {
        return lookups.lifecycle();
    }
}
