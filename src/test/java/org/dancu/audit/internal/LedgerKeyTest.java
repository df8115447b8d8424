package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The head's signature is the JDK's Ed25519 signature, so heads signed before and after the change check alike. */
class LedgerKeyTest {

    private static final byte[] HASH = new byte[32];

    @Test
    void aHeadSignedHereChecksWithTheJdkAndOneSignedByTheJdkChecksHere(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("audit-signing.key");
        LedgerKey key = LedgerKey.of(new AuditProperties(false, 10, 10, Duration.ofSeconds(1), Duration.ofSeconds(1),
                50, file.toString(), true, 10, Duration.ofMinutes(1)));
        HASH[0] = 42;

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(publicKey(LedgerKey.publicKeyFile(file)));
        jdk.update(message(7, HASH));
        assertThat(jdk.verify(key.sign(7, HASH))).isTrue();

        Signature jdkSigner = Signature.getInstance("Ed25519");
        jdkSigner.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(Files.readString(file).strip()))));
        jdkSigner.update(message(7, HASH));
        byte[] signedByTheJdk = jdkSigner.sign();
        assertThat(key.verifies(7, HASH, signedByTheJdk)).isTrue();
        assertThat(key.verifies(8, HASH, signedByTheJdk)).isFalse();
        assertThat(key.verifies(7, HASH, new byte[10])).isFalse();
    }

    private static byte[] message(long seq, byte[] hash) {
        byte[] context = "dancu audit head v1\n".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(context.length + Long.BYTES + hash.length).put(context).putLong(seq).put(hash).array();
    }

    private static PublicKey publicKey(Path file) throws Exception {
        String base64 = Files.readString(file).replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
