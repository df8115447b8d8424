package org.dancu.security.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id for staff passwords: memory-hard, and without bcrypt's 72-byte limit, which a
 * Vietnamese passphrase (two to three bytes a letter) reaches quickly. Hashes carry their
 * algorithm id ({@code {argon2}}), so the parameters can be raised later and older hashes are
 * upgraded at their owner's next login.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
