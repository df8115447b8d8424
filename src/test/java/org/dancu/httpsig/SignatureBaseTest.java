package org.dancu.httpsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The signature input and base of RFC 9421, the content digest of RFC 9530, and Ed25519 public keys. */
class SignatureBaseTest {

    private static final String INPUT = "sig1=(\"@method\" \"@path\" \"content-digest\");created=1700000000;"
            + "keyid=\"bhxh-2026\";nonce=\"b3k2pp5k7z-50gnwp.yemd\";alg=\"ed25519\"";

    @Test
    void theSignatureInputIsReadInOrderAndSerialisedBackUnchanged() {
        SignatureInput input = SignatureInput.parse(INPUT);

        assertThat(input.label()).isEqualTo("sig1");
        assertThat(input.components()).containsExactly("@method", "@path", "content-digest");
        assertThat(input.parameters().keySet()).containsExactly("created", "keyid", "nonce", "alg");
        assertThat(input.number("created")).isEqualTo(1_700_000_000L);
        assertThat(input.text("keyid")).isEqualTo("bhxh-2026");
        assertThat("sig1=" + input.serialise()).isEqualTo(INPUT);
    }

    @Test
    void theBaseHasOneLinePerComponentThenTheParametersAndNoFinalNewline() {
        Map<String, String> values = Map.of("@method", "POST", "@path", "/api/exchange/v1/verify",
                "content-digest", "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");

        String base = SignatureBase.of(SignatureInput.parse(INPUT), values::get);

        assertThat(base).isEqualTo("""
                "@method": POST
                "@path": /api/exchange/v1/verify
                "content-digest": sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                "@signature-params": ("@method" "@path" "content-digest");created=1700000000;\
                keyid="bhxh-2026";nonce="b3k2pp5k7z-50gnwp.yemd";alg="ed25519\"""");
    }

    @Test
    void aCoveredComponentTheRequestLacksCannotBeSigned() {
        assertThatThrownBy(() -> SignatureBase.of(SignatureInput.parse(INPUT), name -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void brokenFieldsAreRefused() {
        for (String broken : List.of("", "sig1=", "sig1=(\"@method\"", "sig1=(@method);created=1",
                "sig1=(\"@method\");created=abc", "sig1=(\"@method\");keyid=\"a\";keyid=\"b\"",
                "Sig1=(\"@method\")", "sig1=(\"@method\");nonce=\"tab\there\"")) {
            assertThatThrownBy(() -> SignatureInput.parse(broken)).as(broken)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theContentDigestIsTheBase64Sha256OfTheBody() {
        byte[] body = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
        // RFC 9530 appendix B.1's example body and digest
        assertThat(ContentDigest.of(body)).isEqualTo("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
        assertThat(ContentDigest.matches("sha-512=:abc=:, " + ContentDigest.of(body), body)).isTrue();
        assertThat(ContentDigest.matches(ContentDigest.of(body), "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ContentDigest.matches("sha-256=:not base64!:", body)).isFalse();
        assertThat(ContentDigest.matches(null, body)).isFalse();
    }

    @Test
    void keysAreReadFromPemOrRawBase64AndVerifySignatures() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String der = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + der + "\n-----END PUBLIC KEY-----\n";
        byte[] raw = VerificationKey.parse(pem);
        assertThat(raw).hasSize(32);
        assertThat(VerificationKey.parse(Base64.getEncoder().encodeToString(raw))).isEqualTo(raw);

        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        assertThat(VerificationKey.of(raw).verifies(new byte[] {1, 2, 3}, signature)).isTrue();
        assertThat(VerificationKey.of(raw).verifies(new byte[] {1, 2, 4}, signature)).isFalse();
        assertThat(VerificationKey.of(raw).verifies(new byte[] {1, 2, 3}, new byte[3])).isFalse();

        assertThatThrownBy(() -> VerificationKey.parse(Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerificationKey.parse("not a key")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyOfSmallOrderIsRefusedSinceItWouldAcceptForgedSignatures() {
        byte[] identity = new byte[32];
        identity[0] = 1;
        assertThatThrownBy(() -> VerificationKey.parse(Base64.getEncoder().encodeToString(identity)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerificationKey.of(new byte[32])).isInstanceOf(IllegalArgumentException.class);
    }
}
