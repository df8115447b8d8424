package org.dancu.results.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The province's keys sign, rotate and are withdrawn; seals verify against them as the key's state says. */
@SpringBootTest
@AutoConfigureMockMvc
class ProvinceKeysTests {

    private static final byte[] RECORD = "a canonical record".getBytes(StandardCharsets.UTF_8);

    @Autowired ProvinceKeys keys;
    @Autowired ResultSeal seal;

    @Test
    void aSealIsTheActiveKeysSignatureOverExactlyTheRecord() {
        Sealed sealed = seal.seal(RECORD);

        assertThat(keys.all()).filteredOn(key -> key.state() == KeyState.ACTIVE)
                .singleElement().extracting(ProvinceKey::keyId).isEqualTo(sealed.keyId());
        assertThat(seal.verifies(RECORD, sealed)).isTrue();
        byte[] changed = RECORD.clone();
        changed[0] ^= 1;
        assertThat(seal.verifies(changed, sealed)).isFalse();
        byte[] flipped = sealed.signature().clone();
        flipped[flipped.length - 1] ^= 1;
        assertThat(seal.verifies(RECORD, new Sealed(sealed.keyId(), flipped))).isFalse();
    }

    @Test
    void aRotatedKeyNoLongerSignsButStillVouchesForWhatItSignedInItsWindow() {
        Sealed before = seal.seal(RECORD);

        ProvinceKey next = keys.rotate();

        Sealed after = seal.seal(RECORD);
        assertThat(after.keyId()).isEqualTo(next.keyId()).isNotEqualTo(before.keyId());
        ProvinceKey old = keys.all().stream().filter(key -> key.keyId().equals(before.keyId())).findFirst().orElseThrow();
        assertThat(old.state()).isEqualTo(KeyState.ROTATED);
        assertThat(old.vouchesFor(old.validFrom())).isTrue();
        assertThat(old.vouchesFor(old.validUntil())).isFalse();
        assertThat(seal.verifies(RECORD, before)).isTrue();
    }

    @Test
    void aWithdrawnActiveKeyVouchesForNothingAndANewKeySigns() {
        Sealed before = seal.seal(RECORD);

        keys.withdraw(before.keyId(), "lost with a laptop");

        ProvinceKey withdrawn = keys.all().stream().filter(key -> key.keyId().equals(before.keyId()))
                .findFirst().orElseThrow();
        assertThat(withdrawn.state()).isEqualTo(KeyState.WITHDRAWN);
        assertThat(withdrawn.vouchesFor(withdrawn.validFrom())).isFalse();
        assertThat(seal.seal(RECORD).keyId()).isNotEqualTo(before.keyId());
        assertThatThrownBy(() -> keys.withdraw(before.keyId(), "again")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.withdraw("0000000000000000", "unknown"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
