package org.dancu.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultCodeTest {

    private final ResultCode code = ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 123);

    @Test
    void aCodeNamesProvinceTypeYearAndNumberAndReadsBackAsItself() {
        assertThat(code.value()).startsWith("011-KS-2026-00000123-").hasSize(22);
        assertThat(ResultCode.parse(code.value())).isEqualTo(code);
        assertThat(ResultCode.parse(" " + code.value().toLowerCase() + " ")).isEqualTo(code);
        assertThat(code.type()).isEqualTo(ResultType.BIRTH_EXTRACT);
        assertThat(code.year()).isEqualTo(2026);
    }

    @Test
    void everyTypeHasItsOwnLetters() {
        for (ResultType type : ResultType.values()) {
            assertThat(ResultCode.of("011", type, 2026, 1).type()).isEqualTo(type);
        }
    }

    @Test
    void oneMistypedCharacterOrTwoSwappedNeighboursAreRefused() {
        String text = code.value();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                String typo = text.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + text.substring(i + 1);
                assertThat(ResultCode.read(typo).isValid()).as(typo).isFalse();
            }
            if (i + 1 < text.length() && c != text.charAt(i + 1) && Character.isDigit(c)
                    && Character.isDigit(text.charAt(i + 1))) {
                String swapped = text.substring(0, i) + text.charAt(i + 1) + c + text.substring(i + 2);
                assertThat(ResultCode.read(swapped).isValid()).as(swapped).isFalse();
            }
        }
    }

    @Test
    void malformedTextIsRefusedWithTheReason() {
        assertThat(ResultCode.read("  ").reason()).isEqualTo(ResultCode.Malformed.EMPTY);
        assertThat(ResultCode.read("011-KS-2026-123").reason()).isEqualTo(ResultCode.Malformed.WRONG_SHAPE);
        String unknownType = "011-ZZ" + code.value().substring(6);
        assertThat(ResultCode.read(unknownType).reason()).isEqualTo(ResultCode.Malformed.UNKNOWN_TYPE);
        String body = code.value().substring(0, code.value().length() - 1);
        char wrong = code.value().endsWith("0") ? '1' : '0';
        assertThat(ResultCode.read(body + wrong).reason()).isEqualTo(ResultCode.Malformed.WRONG_CHECK);
        assertThatThrownBy(() -> ResultCode.parse("garbage")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WRONG_SHAPE");
    }
}
