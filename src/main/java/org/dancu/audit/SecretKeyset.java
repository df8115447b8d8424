package org.dancu.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;

/**
 * A Tink AEAD keyset (AES-256-GCM) that encrypts data at rest, given inline (a secret store's value), kept in a
 * {@link SecretFile} in the secrets directory, or generated: the one way the register's contacts and the results'
 * signing keys find their keyset. A MAC keyset (HMAC-SHA256) is found the same way, for a keyed hash that finds
 * equal secrets without decrypting them (the payments' account numbers).
 */
public final class SecretKeyset {

    /** Generated keysets kept in memory live as long as the JVM, like the embedded test database they serve. */
    private static final Map<String, KeysetHandle> MEMORY = new ConcurrentHashMap<>();

    private SecretKeyset() {
    }

    /**
     * The keyset's AEAD.
     *
     * @param inline   the keyset's JSON; when given it wins over the file
     * @param file     the file holding the keyset; blank means none
     * @param generate with neither given: create one (into the file if named, else in memory under {@code name})
     * @param name     what the keyset protects, for messages and the in-memory keyset
     * @param missing  the message when no keyset may be generated (which settings to give)
     */
    public static Aead aead(String inline, String file, boolean generate, String name, String missing) {
        return primitive(inline, file, generate, name, missing, PredefinedAeadParameters.AES256_GCM, Aead.class);
    }

    /**
     * The MAC of an HMAC-SHA256 keyset found as {@link #aead} finds its keyset: the same text always gives the
     * same tag under one keyset, so a stored tag finds a duplicate; without the keyset nobody can try guesses.
     */
    public static Mac mac(String inline, String file, boolean generate, String name, String missing) {
        return primitive(inline, file, generate, name, missing, PredefinedMacParameters.HMAC_SHA256_256BITTAG,
                Mac.class);
    }

    private static <P> P primitive(String inline, String file, boolean generate, String name, String missing,
                                   Parameters kind, Class<P> type) {
        try {
            AeadConfig.register();
            MacConfig.register();
            return handle(inline, file, generate, name, missing, kind).getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + ": the keyset cannot be used: " + e.getMessage(), e);
        }
    }

    private static KeysetHandle handle(String inline, String file, boolean generate, String name, String missing,
                                       Parameters kind) throws GeneralSecurityException {
        if (!inline.isBlank()) {
            return TinkJsonProtoKeysetFormat.parseKeyset(inline, InsecureSecretKeyAccess.get());
        }
        Path path = file.isBlank() ? null : Path.of(file);
        try {
            if (path != null && Files.isRegularFile(path)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(path), InsecureSecretKeyAccess.get());
            }
            if (!generate) {
                throw new IllegalStateException(missing);
            }
            if (path == null) {
                return MEMORY.computeIfAbsent(name, each -> generated(kind));
            }
            KeysetHandle generated = generated(kind);
            SecretFile.create(path, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read or write the keyset " + path, e);
        }
    }

    private static KeysetHandle generated(Parameters kind) {
        try {
            return KeysetHandle.generateNew(kind);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a keyset", e);
        }
    }
}
