package org.dancu.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.dancu.audit.SecretFile;

/**
 * The Ed25519 key that signs the ledger's head: the writer signs {@code (last_seq, last_hash)} at every
 * commit, and the verifier and the next writer check that signature. The private key lives in a file outside
 * the database (docs/audit.md, "Signed head"), so the application's database role, which may append to the
 * ledger, cannot make a head the check accepts. The public key is written beside it, in PEM, to be published.
 */
final class LedgerKey {

    private static final byte[] CONTEXT = "dancu audit head v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";
    /** A generated key kept in memory lives as long as the JVM, like the embedded test database it serves. */
    private static LedgerKey memoryKey;

    private final PrivateKey signing;
    private final PublicKey verifying;

    private LedgerKey(PrivateKey signing, PublicKey verifying) {
        this.signing = signing;
        this.verifying = verifying;
    }

    /**
     * The key named by the settings: read from its file, or generated there when allowed and absent, or kept in
     * memory when no file is named (tests).
     */
    static LedgerKey of(AuditProperties properties) {
        if (properties.signingKeyFile().isBlank()) {
            return inMemory();
        }
        Path file = Path.of(properties.signingKeyFile());
        Path publicFile = publicKeyFile(file);
        try {
            if (!Files.isRegularFile(file)) {
                if (!properties.generateSigningKey()) {
                    throw new IllegalStateException("no signing key for the audit ledger at " + file
                            + ": set DANCU_AUDIT_SIGNING_KEY_FILE (docs/audit.md)");
                }
                KeyPair generated = generate();
                SecretFile.create(file, Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()));
                Files.deleteIfExists(publicFile);
                Files.writeString(publicFile, pem(generated.getPublic()));
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            PrivateKey signing = keys.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(file).strip())));
            return new LedgerKey(signing, readPublic(publicFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the audit signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the audit signing key " + file + " or its public key "
                    + publicFile + " is not an Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** The JVM's own generated key, never written anywhere. */
    static synchronized LedgerKey inMemory() {
        if (memoryKey == null) {
            memoryKey = generated();
        }
        return memoryKey;
    }

    /** A new key of its own, never written anywhere. */
    static LedgerKey generated() {
        KeyPair pair = generate();
        return new LedgerKey(pair.getPrivate(), pair.getPublic());
    }

    /** Where the public key of a signing key file is kept: beside it, with {@code .pub} appended. */
    static Path publicKeyFile(Path signingKeyFile) {
        return signingKeyFile.resolveSibling(signingKeyFile.getFileName() + ".pub");
    }

    byte[] sign(long seq, byte[] hash) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(signing);
            signature.update(message(seq, hash));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign the audit ledger's head", e);
        }
    }

    /** Does the signature cover this head? A missing or malformed signature does not. */
    boolean verifies(long seq, byte[] hash, byte[] signature) {
        if (signature == null) {
            return false;
        }
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(verifying);
            check.update(message(seq, hash));
            return check.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] message(long seq, byte[] hash) {
        return ByteBuffer.allocate(CONTEXT.length + Long.BYTES + hash.length).put(CONTEXT).putLong(seq).put(hash)
                .array();
    }

    private static PublicKey readPublic(Path file) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(file).replace(PEM_BEGIN, "").replace(PEM_END, "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(PublicKey key) {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n" + PEM_END + "\n";
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot make Ed25519 keys", e);
        }
    }
}
