package org.dancu.results.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.Provenance;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultType;
import org.dancu.results.seal.OfflineVerdict.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The province's keys sign, rotate and are withdrawn; a result's one signature (its seal, which is its offline QR's
 * text) checks against them as the key's state says.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProvinceKeysTests {

    private static final byte[] HASH = new byte[32];
    private static final Pin HOLDER = Pin.of("011219000123");

    @Autowired ProvinceKeys keys;
    @Autowired ResultSeal seal;

    /** The active key exists before the results of a test are dated, so they fall inside its window. */
    @BeforeEach
    void activeKey() {
        keys.signing();
    }

    @Test
    void aSealIsTheActiveKeysSignatureOverTheRecordsHashAndTheQrsClaims() {
        Sealed sealed = seal.seal(result(), Map.of(HOLDER, PersonName.of("Lò", "Văn", "Sáng")));

        assertThat(keys.all()).filteredOn(key -> key.state() == KeyState.ACTIVE)
                .singleElement().extracting(ProvinceKey::keyId).isEqualTo(sealed.keyId());
        OfflineVerdict verdict = check(sealed);
        assertThat(verdict.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verdict.claims().recordHash()).isEqualTo(HASH);
        assertThat(verdict.claims().holders())
                .containsExactly(new OfflineClaims.Holder("Lò Văn Sáng", HOLDER.birthYear(), HOLDER.masked()));
        String text = sealed.offlineText();
        String changed = text.substring(0, text.length() - 1) + (text.endsWith("A") ? "B" : "A");
        assertThat(check(new Sealed(sealed.keyId(), changed)).outcome()).isEqualTo(Outcome.NOT_AUTHENTIC);
    }

    @Test
    void aRotatedKeyNoLongerSignsButStillVouchesForWhatItSignedInItsWindow() {
        Sealed before = seal.seal(result(), Map.of());

        ProvinceKey next = keys.rotate();

        Sealed after = seal.seal(result(), Map.of());
        assertThat(after.keyId()).isEqualTo(next.keyId()).isNotEqualTo(before.keyId());
        ProvinceKey old = keys.all().stream().filter(key -> key.keyId().equals(before.keyId())).findFirst().orElseThrow();
        assertThat(old.state()).isEqualTo(KeyState.ROTATED);
        assertThat(old.vouchesFor(old.validFrom())).isTrue();
        assertThat(old.vouchesFor(old.validUntil())).isFalse();
        assertThat(check(before).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aWithdrawnActiveKeyVouchesForNothingAndANewKeySigns() {
        Sealed before = seal.seal(result(), Map.of());

        keys.withdraw(before.keyId(), "lost with a laptop");

        ProvinceKey withdrawn = keys.all().stream().filter(key -> key.keyId().equals(before.keyId()))
                .findFirst().orElseThrow();
        assertThat(withdrawn.state()).isEqualTo(KeyState.WITHDRAWN);
        assertThat(withdrawn.vouchesFor(withdrawn.validFrom())).isFalse();
        assertThat(check(before).outcome()).isEqualTo(Outcome.WITHDRAWN_KEY);
        assertThat(seal.seal(result(), Map.of()).keyId()).isNotEqualTo(before.keyId());
        assertThatThrownBy(() -> keys.withdraw(before.keyId(), "again")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.withdraw("0000000000000000", "unknown"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A birth extract issued now, its hash and status entry set. */
    private static IssuedResult result() {
        return new IssuedResult(ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 123), "public-id",
                ResultType.BIRTH_EXTRACT, List.of(HOLDER), "SO_TP", "officer", "basis", null,
                List.of(new ResultField("full-name", "Lò Văn Sáng")), null, Provenance.ISSUED, ResultStatus.VALID, null,
                null, Instant.now().truncatedTo(ChronoUnit.MICROS), null, HASH, null, 4321);
    }

    /** The command line's check against the trust list as published now. */
    private OfflineVerdict check(Sealed sealed) {
        return new OfflineVerifier(new TrustList("VN-011", Instant.now(), keys.all()), Map.of())
                .verify(sealed.offlineText());
    }
}
