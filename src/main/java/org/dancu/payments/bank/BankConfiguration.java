package org.dancu.payments.bank;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;

import org.dancu.httpsig.RequestSigner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The banks over signed HTTP. Without a configured private key the province signs with a key made for this
 * run, and its public half is published as {@code local.payments.bank.public-key} for the simulator inside the
 * application (a real bank would refuse it: production sets the key it registered with NAPAS).
 */
@Configuration(proxyBeanMethods = false)
class BankConfiguration {

    static final String PUBLIC_KEY_PROPERTY = "local.payments.bank.public-key";

    @Bean
    Bank bank(BankProperties properties, JsonMapper json, ConfigurableEnvironment environment) {
        RequestSigner signer = new RequestSigner(properties.keyId(), privateKey(properties, environment),
                HttpBank.SIGNED_COMPONENTS, null);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        return new HttpBank(client, signer, json, properties, environment);
    }

    private static PrivateKey privateKey(BankProperties properties, ConfigurableEnvironment environment) {
        if (!properties.privateKey().isBlank()) {
            try {
                return RequestSigner.privateKey(properties.privateKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("dancu.payments.bank.private-key is not a base64 PKCS#8 Ed25519 key", e);
            }
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            environment.getPropertySources().addFirst(new MapPropertySource("payments.bank.public-key",
                    Map.of(PUBLIC_KEY_PROPERTY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))));
            return pair.getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot make an Ed25519 key", e);
        }
    }
}
