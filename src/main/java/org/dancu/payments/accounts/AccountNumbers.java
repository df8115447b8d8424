package org.dancu.payments.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Mac;
import org.dancu.audit.SecretKeyset;
import org.dancu.civil.Pin;
import org.dancu.payments.PaymentRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Account numbers at rest: encrypted with Tink AEAD (AES-256-GCM), the holder's ID as the associated data
 * so a ciphertext copied onto another person's row does not open; an HMAC of the bank and the number
 * that finds the same account linked twice without decrypting any; the last four digits, all a page shows.
 */
@Component
class AccountNumbers {

    /** Bank account numbers in Việt Nam run from 6 to 19 digits; a wallet's is its phone number. */
    private static final String DIGITS = "[0-9]{6,19}";

    private final Aead aead;
    private final Mac mac;

    @Autowired
    AccountNumbers(AccountsProperties properties) {
        this(SecretKeyset.aead(properties.keyset(), properties.keysetFile(), properties.generateKeysets(),
                        "the payments accounts' keyset", "no keyset for account numbers: set"
                                + " DANCU_PAYMENTS_ACCOUNTS_KEYSET or DANCU_PAYMENTS_ACCOUNTS_KEYSET_FILE (docs/payments.md)"),
                SecretKeyset.mac(properties.hashKeyset(), properties.hashKeysetFile(), properties.generateKeysets(),
                        "the payments accounts' hash keyset", "no keyset for account-number hashes: set"
                                + " DANCU_PAYMENTS_ACCOUNTS_HASH_KEYSET or DANCU_PAYMENTS_ACCOUNTS_HASH_KEYSET_FILE"
                                + " (docs/payments.md)"));
    }

    AccountNumbers(Aead aead, Mac mac) {
        this.aead = aead;
        this.mac = mac;
    }

    /** An account number as typed (spaces, dots and hyphens dropped); anything else than 6 to 19 digits is refused. */
    static String normalize(String typed) {
        String number = typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
        if (!number.matches(DIGITS)) {
            throw new PaymentRefusedException("payments.accounts.refused.number");
        }
        return number;
    }

    /** A normalised number encrypted for its holder, with its hash and last four digits. */
    SealedNumber seal(Pin holder, String bankBin, String number) {
        try {
            byte[] cipher = aead.encrypt(number.getBytes(StandardCharsets.US_ASCII), associatedData(holder));
            return new SealedNumber(cipher, hash(bankBin, number), number.substring(number.length() - 4));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** The tag that finds this account again, whoever linked it. */
    byte[] hash(String bankBin, String number) {
        try {
            return mac.computeMac((bankBin + ':' + number).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }

    /** The number for the holder it was sealed for; a ciphertext moved or tampered with fails loudly. */
    String open(Pin holder, byte[] cipher) {
        try {
            return new String(aead.decrypt(cipher, associatedData(holder)), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an account number of " + holder.masked() + " does not decrypt", e);
        }
    }

    private static byte[] associatedData(Pin holder) {
        return ("payments.account:" + holder.value()).getBytes(StandardCharsets.US_ASCII);
    }

    /** A number as stored: never the number itself. */
    record SealedNumber(byte[] cipher, byte[] hash, String last4) {

        /** As pages show it: the last four digits only. */
        String masked() {
            return "•••• " + last4;
        }
    }
}
