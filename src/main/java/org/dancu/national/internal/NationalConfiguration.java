package org.dancu.national.internal;

import java.net.http.HttpClient;

import org.dancu.httpsig.RequestSigner;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalProtocol;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP connector, when a national database is configured. */
@Configuration(proxyBeanMethods = false)
class NationalConfiguration {

    @Bean
    @ConditionalOnExpression("!'${dancu.national.base-url:}'.isEmpty()")
    NationalDatabase nationalDatabase(NationalProperties properties, JsonMapper json) {
        return connector(properties, json);
    }

    static HttpNationalDatabase connector(NationalProperties properties, JsonMapper json) {
        try {
            RequestSigner signer = new RequestSigner(properties.keyId(),
                    RequestSigner.privateKey(properties.privateKey()), NationalProtocol.SIGNED_COMPONENTS, null);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(properties.connectTimeout()).build();
            return new HttpNationalDatabase(client, signer, json, properties, new CircuitBreaker(
                    properties.breakerThreshold(), properties.breakerOpen().toNanos(), System::nanoTime));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("dancu.national.private-key is not a base64 PKCS#8 Ed25519 key", e);
        }
    }
}
