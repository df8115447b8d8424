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
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
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

    /** The private key's 32-byte seed and the public key it makes: Bouncy Castle signs with both (below). */
    private final byte[] seed;
    private final byte[] signingPublic;
    private final byte[] verifying;

    private LedgerKey(PrivateKey signing, PublicKey verifying) {
        this.seed = ((EdECPrivateKey) signing).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("the signing key holds no Ed25519 seed"));
        this.signingPublic = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, signingPublic, 0);
        byte[] encoded = verifying.getEncoded();
        this.verifying = Arrays.copyOfRange(encoded, encoded.length - Ed25519.PUBLIC_KEY_SIZE, encoded.length);
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

    /**
     * The head's signature, made with Bouncy Castle's RFC 8032 arithmetic on the public key computed once: the
     * same bytes as the JDK's EdDSA (Ed25519 is deterministic) for a fraction of its cost, which on every commit
     * of the ledger was the writer's largest (docs/benchmarks.md, "Exchange gateway").
     */
    byte[] sign(long seq, byte[] hash) {
        byte[] message = message(seq, hash);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, signingPublic, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** Does the signature cover this head? A missing or malformed signature does not. */
    boolean verifies(long seq, byte[] hash, byte[] signature) {
        if (signature == null || signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        byte[] message = message(seq, hash);
        return Ed25519.verify(signature, 0, verifying, 0, message, 0, message.length);
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
