package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.dancu.civil.OldId.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OldIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"040123456", "040 123 456", "040.123.456", " 040-123-456 "})
    void readsNineDigits(String text) {
        assertThat(OldId.parse(text).value().value()).isEqualTo("040123456");
    }

    @Test
    void refusals() {
        assertThat(OldId.parse(" ").reason()).isEqualTo(Invalid.EMPTY);
        assertThat(OldId.parse("04012345X").reason()).isEqualTo(Invalid.NOT_DIGITS);
        assertThat(OldId.parse("04012345").reason()).isEqualTo(Invalid.WRONG_LENGTH);
        assertThat(OldId.parse("04012345").detail()).isEqualTo("8");
        assertThat(OldId.parse("011095001234").reason()).isEqualTo(Invalid.PIN_NUMBER);
    }

    @Test
    void isMaskedInToString() {
        OldId id = OldId.of("040123456");

        assertThat(id.masked()).isEqualTo("040***456");
        assertThat(id).hasToString("040***456");
        assertThat(id.value()).isEqualTo("040123456");
    }

    @Test
    void ofThrowsForTrustedInputThatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> OldId.of("12345")).withMessage("WRONG_LENGTH (5)");
    }

    @Test
    void equalityIsByDigits() {
        assertThat(OldId.of("040 123 456")).isEqualTo(OldId.of("040123456")).isNotEqualTo(OldId.of("040123457"));
    }
}
