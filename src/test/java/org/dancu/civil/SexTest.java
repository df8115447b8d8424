package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.dancu.civil.Sex.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"M, MALE", "m, MALE", "male, MALE", "MALE, MALE", "Nam, MALE", "NAM, MALE", "' nam ', MALE",
            "F, FEMALE", "female, FEMALE", "Nữ, FEMALE", "NỮ, FEMALE", "nữ, FEMALE", "nu, FEMALE", "Nu, FEMALE",
            "U, UNKNOWN", "unknown, UNKNOWN", "Không rõ, UNKNOWN", "chưa rõ, UNKNOWN", "không xác định, UNKNOWN"})
    void readsTheValuesFoundInTheWild(String text, Sex expected) {
        assertThat(Sex.parse(text).value()).isEqualTo(expected);
    }

    @Test
    void readsDecomposedNu() {
        String decomposed = Normalizer.normalize("Nữ", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nữ");

        assertThat(Sex.parse(decomposed).value()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "01", "1.0"})
    void refusesNumericCodes(String text) {
        assertThat(Sex.parse(text).reason()).isEqualTo(Invalid.NUMERIC_CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "trai", "nam nữ", "Mr"})
    void refusesWhatItDoesNotKnow(String text) {
        assertThat(Sex.parse(text).reason()).isEqualTo(Invalid.UNRECOGNISED);
    }

    @Test
    void blankIsEmpty() {
        assertThat(Sex.parse("  ").reason()).isEqualTo(Invalid.EMPTY);
    }

    @Test
    void onlyUnknownIsNotKnown() {
        assertThat(Sex.MALE.isKnown()).isTrue();
        assertThat(Sex.FEMALE.isKnown()).isTrue();
        assertThat(Sex.UNKNOWN.isKnown()).isFalse();
    }
}
