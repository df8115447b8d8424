package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void normalisesToLowerCaseWithoutSurroundingSpace() {
        assertThat(Usernames.normalise("  Xa.MuongThanh ")).contains("xa.muongthanh");
    }

    @Test
    void rejectsWhatCannotBeAUsername() {
        assertThat(Usernames.normalise(null)).isEmpty();
        assertThat(Usernames.normalise("ab")).isEmpty();
        assertThat(Usernames.normalise("mường thanh")).isEmpty();
        assertThat(Usernames.normalise(".admin")).isEmpty();
        assertThat(Usernames.normalise("a".repeat(41))).isEmpty();
    }

    @Test
    void theAggregateAcceptsOnlyNormalisedNames() {
        assertThat(Usernames.requireNormalised("so.nnmt")).isEqualTo("so.nnmt");
        assertThatThrownBy(() -> Usernames.requireNormalised("Admin")).isInstanceOf(IllegalArgumentException.class);
    }
}
