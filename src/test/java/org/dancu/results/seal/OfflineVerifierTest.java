package org.dancu.results.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.commons.codec.binary.Base45;
import org.dancu.results.seal.OfflineVerdict.Outcome;
import org.junit.jupiter.api.Test;

/** The offline check answers each kind of QR text as it should, with no network and no database. */
class OfflineVerifierTest {

    private static final Instant ISSUED = Instant.parse("2026-11-02T03:04:05Z");
    private static final int ENTRY = StatusList.ENTRIES + 4321;

    private final KeyPair pair = pair();
    private final OfflineClaims claims = new OfflineClaims("VN-011", "011-SD-2026-0000123-7", ISSUED, "H62.01",
            List.of(new OfflineClaims.Holder("Lò Văn Sáng", 1987, "011******345")),
            Map.of("certificate-serial", "AA 01234567", "parcel-code", "03151.12.345"), ENTRY, new byte[32]);
    private final String text = OfflineText.encode(CoseSign1.sign("k1", pair.getPrivate(), claims.encode()));

    @Test
    void base45IsRfc9285() {
        Base45 base45 = Base45.builder().get();
        assertThat(new String(base45.encode("AB".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII))
                .isEqualTo("BB8");
        assertThat(new String(base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII))
                .isEqualTo("%69 VD92EX0");
        assertThat(new String(base45.encode("base-45".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII))
                .isEqualTo("UJCLQE7W581");
        assertThat(new String(base45.decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
    }

    @Test
    void anAuthenticValidResultGivesItsMinimalFields() {
        OfflineVerdict verdict = verifier(key(KeyState.ACTIVE, null), list(null)).verify(text);

        assertThat(verdict.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verdict.claims().code()).isEqualTo("011-SD-2026-0000123-7");
        assertThat(verdict.claims().holders()).containsExactly(new OfflineClaims.Holder("Lò Văn Sáng", 1987, "011******345"));
        assertThat(verdict.claims().keyFields()).containsEntry("parcel-code", "03151.12.345");
        assertThat(verdict.claims().issuedAt()).isEqualTo(ISSUED);
        assertThat(verdict.statusAt()).isEqualTo(ISSUED.plusSeconds(60));
        assertThat(text).startsWith("VN1:").matches("VN1:[0-9A-Z $%*+\\-./:]+");
    }

    @Test
    void withoutItsStatusListTheAnswerSaysTheStatusWasNotChecked() {
        OfflineVerdict verdict = verifier(key(KeyState.ACTIVE, null), Map.of()).verify(text);

        assertThat(verdict.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verdict.statusAt()).isNull();
    }

    @Test
    void everyOneBitChangeIsNotAuthentic() {
        OfflineVerifier verifier = verifier(key(KeyState.ACTIVE, null), list(null));
        byte[] message = CoseSign1.sign("k1", pair.getPrivate(), claims.encode());
        for (int bit = 0; bit < message.length * 8; bit += 7) {
            byte[] changed = message.clone();
            changed[bit / 8] ^= (byte) (1 << bit % 8);
            assertThat(verifier.verify(OfflineText.encode(changed)).outcome()).as("bit %d", bit)
                    .isIn(Outcome.NOT_AUTHENTIC, Outcome.UNKNOWN_KEY);
        }
        String body = text.substring(4);
        String changedText = "VN1:" + (body.charAt(10) == 'A' ? 'B' : 'A') + body.substring(1, 10) + body.substring(11);
        assertThat(verifier.verify("VN1:" + body.replaceFirst(".", body.charAt(0) == '0' ? "1" : "0")).outcome())
                .isEqualTo(Outcome.NOT_AUTHENTIC);
        assertThat(verifier.verify(changedText).outcome()).isEqualTo(Outcome.NOT_AUTHENTIC);
    }

    @Test
    void aKeyNotOnTheTrustListIsUnknown() {
        TrustList other = new TrustList("VN-011", ISSUED, List.of(new ProvinceKey("k2", pair.getPublic(),
                ISSUED.minusSeconds(3600), null, KeyState.ACTIVE)));

        assertThat(new OfflineVerifier(other, list(null)).verify(text).outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
    }

    @Test
    void anotherKeysSignatureUnderTheKeyIdIsNotAuthentic() {
        TrustList impostor = new TrustList("VN-011", ISSUED, List.of(new ProvinceKey("k1", pair().getPublic(),
                ISSUED.minusSeconds(3600), null, KeyState.ACTIVE)));

        assertThat(new OfflineVerifier(impostor, list(null)).verify(text).outcome()).isEqualTo(Outcome.NOT_AUTHENTIC);
    }

    @Test
    void aWithdrawnKeyVouchesForNothingAndARotatedOneOnlyInsideItsWindow() {
        assertThat(verifier(key(KeyState.WITHDRAWN, ISSUED.plusSeconds(10)), list(null)).verify(text).outcome())
                .isEqualTo(Outcome.WITHDRAWN_KEY);
        assertThat(verifier(key(KeyState.ROTATED, ISSUED.plusSeconds(10)), list(null)).verify(text).outcome())
                .isEqualTo(Outcome.VALID);
        assertThat(verifier(key(KeyState.ROTATED, ISSUED), list(null)).verify(text).outcome())
                .isEqualTo(Outcome.WITHDRAWN_KEY);
    }

    @Test
    void revokedAndSupersededAreReadFromTheStatusList() {
        assertThat(verifier(key(KeyState.ACTIVE, null), list(org.dancu.results.ResultStatus.REVOKED)).verify(text)
                .outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(verifier(key(KeyState.ACTIVE, null), list(org.dancu.results.ResultStatus.SUPERSEDED)).verify(text)
                .outcome()).isEqualTo(Outcome.SUPERSEDED);
    }

    @Test
    void garbageAndBlankAreUnreadableAndABrokenBodyIsNotAuthentic() {
        OfflineVerifier verifier = verifier(key(KeyState.ACTIVE, null), list(null));

        assertThat(verifier.verify("").outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(verifier.verify("https://example.vn/r/abc").outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(verifier.verify("VN1:").outcome()).isEqualTo(Outcome.NOT_AUTHENTIC);
        assertThat(verifier.verify("VN1:abc~").outcome()).isEqualTo(Outcome.NOT_AUTHENTIC);
        assertThat(verifier.verify(text.substring(0, text.length() - 6)).outcome()).isEqualTo(Outcome.NOT_AUTHENTIC);
    }

    @Test
    void theTrustListAndTheStatusListReadBackWhatWasWritten() {
        TrustList trust = new TrustList("VN-011", ISSUED, List.of(key(KeyState.ROTATED, ISSUED.plusSeconds(5)).keys()
                .get(0)));
        assertThat(TrustList.fromJson(trust.toJson()).keys().get(0).publicKey()).isEqualTo(pair.getPublic());
        assertThat(TrustList.fromJson(trust.toJson()).keys().get(0).validUntil()).isEqualTo(ISSUED.plusSeconds(5));

        StatusList list = list(org.dancu.results.ResultStatus.REVOKED).get(1);
        StatusList read = StatusList.fromCredentialJson(list.toCredentialJson("https://dancu.example/results/status/1",
                "VN-011"));
        assertThat(read.status(ENTRY)).isEqualTo(org.dancu.results.ResultStatus.REVOKED);
        assertThat(read.status(ENTRY + 1)).isEqualTo(org.dancu.results.ResultStatus.VALID);
        assertThat(read.updatedAt()).isEqualTo(list.updatedAt());
    }

    @Test
    void theOfflineTextOfATypicalLandCertificateFitsASmallQr() {
        assertThat(text.length()).isLessThan(400);
    }

    private OfflineVerifier verifier(TrustList trust, Map<Integer, StatusList> lists) {
        return new OfflineVerifier(trust, lists);
    }

    private TrustList key(KeyState state, Instant until) {
        return new TrustList("VN-011", ISSUED, List.of(new ProvinceKey("k1", pair.getPublic(),
                ISSUED.minusSeconds(3600), until, state)));
    }

    /** List 1 with the entry set as PostgreSQL's set_bit sets it, or all valid. */
    private static Map<Integer, StatusList> list(org.dancu.results.ResultStatus status) {
        byte[] bits = new byte[StatusList.BYTES];
        if (status != null) {
            int bit = StatusList.postgresBit(ENTRY, StatusList.offsetOf(status));
            bits[bit / 8] |= (byte) (1 << bit % 8);
        }
        return Map.of(1, new StatusList(1, bits, ISSUED.plusSeconds(60)));
    }

    private static KeyPair pair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
