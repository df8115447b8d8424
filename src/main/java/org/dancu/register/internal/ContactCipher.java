package org.dancu.register.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.dancu.audit.SecretFile;
import org.springframework.stereotype.Component;

/**
 * Encrypts a person's phone number and e-mail address at rest with Tink AEAD (AES-256-GCM). The
 * person id is the associated data, so a ciphertext copied onto another person's row does not
 * decrypt: rows cannot be swapped to show one person's contact under another's name.
 */
@Component
public class ContactCipher {

    /** A generated keyset kept in memory lives as long as the JVM, like the embedded test database it serves. */
    private static KeysetHandle memoryKeyset;

    private final Aead aead;

    ContactCipher(RegisterProperties properties) {
        try {
            AeadConfig.register();
            aead = keyset(properties).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the register's keyset cannot be used: " + e.getMessage(), e);
        }
    }

    /** Null or blank in, null out: nothing is stored for a missing value. */
    public byte[] encrypt(long personId, String plaintext) {
        if (plaintext == null || plaintext.isBlank()) {
            return null;
        }
        try {
            return aead.encrypt(plaintext.strip().getBytes(StandardCharsets.UTF_8), associatedData(personId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * @throws GeneralSecurityException when the ciphertext was not made for this person with this keyset
     */
    public String decrypt(long personId, byte[] ciphertext) throws GeneralSecurityException {
        if (ciphertext == null) {
            return null;
        }
        return new String(aead.decrypt(ciphertext, associatedData(personId)), StandardCharsets.UTF_8);
    }

    /** As {@link #decrypt}; a ciphertext that does not open for this person was moved or tampered with: the read fails loudly. */
    public String open(long personId, byte[] ciphertext) {
        try {
            return decrypt(personId, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an encrypted contact field of person " + personId + " does not decrypt", e);
        }
    }

    private static byte[] associatedData(long personId) {
        return ("register.person:" + personId).getBytes(StandardCharsets.US_ASCII);
    }

    private static KeysetHandle keyset(RegisterProperties properties) throws GeneralSecurityException {
        if (!properties.keyset().isBlank()) {
            return TinkJsonProtoKeysetFormat.parseKeyset(properties.keyset(), InsecureSecretKeyAccess.get());
        }
        Path file = properties.keysetFile().isBlank() ? null : Path.of(properties.keysetFile());
        try {
            if (file != null && Files.isRegularFile(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            if (!properties.generateKeyset()) {
                throw new IllegalStateException("no keyset for the register's encrypted fields: set DANCU_REGISTER_KEYSET"
                        + " or DANCU_REGISTER_KEYSET_FILE (docs/register.md)");
            }
            if (file == null) {
                return memoryKeyset();
            }
            KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            SecretFile.create(file, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the register keyset " + file, e);
        }
    }

    private static synchronized KeysetHandle memoryKeyset() throws GeneralSecurityException {
        if (memoryKeyset == null) {
            memoryKeyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        }
        return memoryKeyset;
    }
}
