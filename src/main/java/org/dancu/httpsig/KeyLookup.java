package org.dancu.httpsig;

import java.util.Optional;
import java.util.function.Function;

/**
 * How the verifier finds the key a signature names: the caller's own record of the key (a partner's
 * key with its policy, the province's key …) and the public key inside it.
 *
 * @param <K> the caller's record of a key
 */
public interface KeyLookup<K> {

    /** The active key of that id; empty when there is none. */
    Optional<K> find(String keyId);

    /** The public key of the record. */
    VerificationKey publicKey(K key);

    static <K> KeyLookup<K> of(Function<String, Optional<K>> find, Function<K, VerificationKey> publicKey) {
        return new KeyLookup<>() {
            @Override
            public Optional<K> find(String keyId) {
                return find.apply(keyId);
            }

            @Override
            public VerificationKey publicKey(K key) {
                return publicKey.apply(key);
            }
        };
    }
}
