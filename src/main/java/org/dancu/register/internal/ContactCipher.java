package org.dancu.register.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import org.dancu.audit.SecretKeyset;
import org.springframework.stereotype.Component;

/**
 * Encrypts a person's phone number and e-mail address at rest with Tink AEAD (AES-256-GCM). The
 * person id is the associated data, so a ciphertext copied onto another person's row does not
 * decrypt: rows cannot be swapped to show one person's contact under another's name.
 */
@Component
public class ContactCipher {

    private final Aead aead;

    ContactCipher(RegisterProperties properties) {
        aead = SecretKeyset.aead(properties.keyset(), properties.keysetFile(), properties.generateKeyset(),
                "the register's keyset", "no keyset for the register's encrypted fields: set DANCU_REGISTER_KEYSET"
                        + " or DANCU_REGISTER_KEYSET_FILE (docs/register.md)");
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
}
