package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;

import org.dancu.civil.Pin.Agreement;
import org.dancu.civil.Pin.Field;
import org.dancu.civil.Pin.Invalid;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinTest {

    private static final int THIS_YEAR = 2026;

    private static ParseResult<Pin, Invalid> parse(String text) {
        return Pin.parse(text, THIS_YEAR);
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @ValueSource(strings = {"011095001234", "011 095 001 234", "011.095.001234", "011-095-001-234",
                "  011095001234\t", "0110 9500 1234"})
        void acceptsDigitsWithTheUsualSeparators(String text) {
            ParseResult<Pin, Invalid> result = parse(text);

            assertThat(result.isValid()).isTrue();
            assertThat(result.value().value()).isEqualTo("011095001234");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t\n"})
        void blankIsEmpty(String text) {
            assertThat(parse(text).reason()).isEqualTo(Invalid.EMPTY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"01109500123A", "011_095_001_234", "011  095 001 234", "011..095001234",
                "-011095001234", "011095001234-", "０１１０９５００１２３４", "011/095/001234", "+84011095001234"})
        void refusesOtherCharactersAndDoubledOrDanglingSeparators(String text) {
            assertThat(parse(text).reason()).isEqualTo(Invalid.NOT_DIGITS);
        }

        @ParameterizedTest
        @CsvSource({"0110950012, 10", "0110950012345, 13", "1, 1", "01109500123456789, 17"})
        void reportsTheLengthFound(String text, String length) {
            ParseResult<Pin, Invalid> result = parse(text);

            assertThat(result.reason()).isEqualTo(Invalid.WRONG_LENGTH);
            assertThat(result.detail()).isEqualTo(length);
        }

        @Test
        void recognisesAnOldIdNumber() {
            ParseResult<Pin, Invalid> result = parse("040 123 456");

            assertThat(result.reason()).isEqualTo(Invalid.OLD_ID_NUMBER);
            assertThat(result.detail()).isEqualTo("9");
        }

        @Test
        void recognisesALeadingZeroLostInASpreadsheet() {
            assertThat(parse("11095001234").reason()).isEqualTo(Invalid.LEADING_ZERO_LOST);
        }

        @Test
        void elevenDigitsThatWouldNotBeAnIdEvenWithTheZeroAreJustTheWrongLength() {
            assertThat(parse("99095001234").reason()).isEqualTo(Invalid.WRONG_LENGTH);
            assertThat(parse("11995001234").reason()).isEqualTo(Invalid.WRONG_LENGTH);
        }

        @ParameterizedTest
        @CsvSource({"003095001234, 003", "000095001234, 000", "099095001234, 099", "111095001234, 111",
                "065095001234, 065"})
        void refusesProvinceCodesThatDoNotExistAndReportsThem(String text, String code) {
            ParseResult<Pin, Invalid> result = parse(text);

            assertThat(result.reason()).isEqualTo(Invalid.UNKNOWN_PROVINCE);
            assertThat(result.detail()).isEqualTo(code);
        }

        @ParameterizedTest
        @ValueSource(strings = {"001", "002", "011", "046", "079", "096"})
        void acceptsEveryKindOfRealProvinceCode(String province) {
            assertThat(parse(province + "095001234").isValid()).isTrue();
        }

        @Test
        void knowsAllSixtyThreeProvinces() {
            long valid = 0;
            for (int code = 0; code < 1000; code++) {
                if (parse(String.format("%03d", code) + "095001234").isValid()) {
                    valid++;
                }
            }
            assertThat(valid).isEqualTo(63);
        }

        @Test
        void refusesABirthYearAfterTheCurrentOne() {
            ParseResult<Pin, Invalid> result = parse("011227001234");

            assertThat(result.reason()).isEqualTo(Invalid.BIRTH_YEAR_IN_FUTURE);
            assertThat(result.detail()).isEqualTo("2027");
            assertThat(parse("011226001234").isValid()).isTrue();
            assertThat(parse("011400001234").reason()).isEqualTo(Invalid.BIRTH_YEAR_IN_FUTURE);
        }

        @Test
        void theOneArgumentParseUsesTodaysYear() {
            int nextYear = LocalDate.now().getYear() + 1;
            String future = "0112" + String.format("%02d", nextYear % 100) + "001234";

            assertThat(Pin.parse("011095001234").isValid()).isTrue();
            assertThat(Pin.parse(future).reason()).isEqualTo(Invalid.BIRTH_YEAR_IN_FUTURE);
        }

        @Test
        void ofThrowsWithTheReasonButNotTheDigits() {
            assertThat(Pin.of("011 095 001 234").value()).isEqualTo("011095001234");
            assertThatIllegalArgumentException().isThrownBy(() -> Pin.of("099095001234"))
                    .withMessage("UNKNOWN_PROVINCE (099)");
            assertThatIllegalArgumentException().isThrownBy(() -> Pin.of("01109500123X"))
                    .withMessage("NOT_DIGITS")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("0110950"));
        }

        @Test
        void aRefusalHasNoValueAndASuccessNoReason() {
            assertThatIllegalStateException().isThrownBy(() -> parse("x").value());
            assertThatIllegalStateException().isThrownBy(() -> parse("011095001234").reason());
            assertThat(parse("x").toOptional()).isEmpty();
        }
    }

    @Nested
    class Derived {

        @Test
        void provinceCodes() {
            Pin pin = Pin.of("011095001234");

            assertThat(pin.provinceCode()).isEqualTo("011");
            assertThat(pin.gsoProvinceCode()).isEqualTo("11");
            assertThat(pin.provinceName()).isEqualTo("Điện Biên");
            assertThat(Pin.of("079195001234").provinceName()).isEqualTo("Hồ Chí Minh");
        }

        @ParameterizedTest
        @CsvSource({"0, MALE, 1995", "1, FEMALE, 1995", "2, MALE, 2095", "3, FEMALE, 2095"})
        void centuryAndSexDigit(int digit, Sex sex, int year) {
            Pin pin = Pin.parse("011" + digit + "95001234", 2100).value();

            assertThat(pin.sex()).isEqualTo(sex);
            assertThat(pin.birthYear()).isEqualTo(year);
        }

        @ParameterizedTest
        @CsvSource({"4, MALE, 2100", "5, FEMALE, 2100", "6, MALE, 2200", "7, FEMALE, 2200", "8, MALE, 2300",
                "9, FEMALE, 2300"})
        void laterCenturies(int digit, Sex sex, int year) {
            Pin pin = Pin.parse("011" + digit + "00001234", 2400).value();

            assertThat(pin.sex()).isEqualTo(sex);
            assertThat(pin.birthYear()).isEqualTo(year);
        }

        @Test
        void theTwentyFirstCentury() {
            Pin pin = Pin.of("011305001234");

            assertThat(pin.sex()).isEqualTo(Sex.FEMALE);
            assertThat(pin.birthYear()).isEqualTo(2005);
        }
    }

    @Nested
    class Consistency {

        private final Pin pin = Pin.of("011158001234");

        @Test
        void agreesWhenSexAndYearMatch() {
            Pin.Consistency result = pin.checkAgainst(Sex.FEMALE, PartialDate.of(1958, 3, 21));

            assertThat(result.sex()).isEqualTo(Agreement.AGREES);
            assertThat(result.birthYear()).isEqualTo(Agreement.AGREES);
            assertThat(result.disagreements()).isEmpty();
            assertThat(result.isConsistent()).isTrue();
        }

        @Test
        void namesEachDisagreement() {
            assertThat(pin.checkAgainst(Sex.MALE, PartialDate.ofYear(1958)).disagreements())
                    .containsExactly(Field.SEX);
            assertThat(pin.checkAgainst(Sex.FEMALE, PartialDate.ofYear(1959)).disagreements())
                    .containsExactly(Field.BIRTH_YEAR);
            Pin.Consistency both = pin.checkAgainst(Sex.MALE, PartialDate.ofYearMonth(2058, 1));
            assertThat(both.disagreements()).containsExactly(Field.SEX, Field.BIRTH_YEAR);
            assertThat(both.isConsistent()).isFalse();
        }

        @Test
        void unknownValuesCannotTellAndAreNoDisagreement() {
            Pin.Consistency result = pin.checkAgainst(Sex.UNKNOWN, null);

            assertThat(result.sex()).isEqualTo(Agreement.CANNOT_TELL);
            assertThat(result.birthYear()).isEqualTo(Agreement.CANNOT_TELL);
            assertThat(result.isConsistent()).isTrue();
            assertThat(pin.checkAgainst(null, PartialDate.ofYear(1958)).sex()).isEqualTo(Agreement.CANNOT_TELL);
        }
    }

    @Nested
    class Masking {

        @Test
        void showsOnlyTheFirstAndLastThreeDigits() {
            Pin pin = Pin.of("011095001345");

            assertThat(pin.masked()).isEqualTo("011******345");
            assertThat(pin.toString()).isEqualTo("011******345");
            assertThat(String.valueOf(pin)).doesNotContain("095001");
            assertThat(pin.value()).isEqualTo("011095001345");
        }

        @Test
        void theShapeIsTwelveAsciiDigitsAndNothingMore() {
            assertThat(Pin.hasShape("011095001345")).isTrue();
            assertThat(Pin.hasShape("999999999999")).isTrue();
            assertThat(Pin.hasShape(null)).isFalse();
            assertThat(Pin.hasShape("01109500134")).isFalse();
            assertThat(Pin.hasShape("0110950013456")).isFalse();
            assertThat(Pin.hasShape("01109500134x")).isFalse();
            assertThat(Pin.hasShape("٠١١٠٩٥٠٠١٣٤٥")).isFalse();
            assertThat(Pin.hasShape(" 11095001345")).isFalse();
        }

        @Test
        void digitsHeldAsTextAreMaskedTheSameWayAndOnlyAtTheIdsLength() {
            assertThat(Pin.mask("011095001345")).isEqualTo(Pin.of("011095001345").masked());
            assertThat(Pin.mask(null)).isNull();
            assertThatThrownBy(() -> Pin.mask("01109500134")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("01109500134");
        }

        @Test
        void aRefusalNeverRepeatsTheInput() {
            assertThat(parse("011295001234").toString()).doesNotContain("295001");
        }
    }

    @Test
    void equalityIsByDigits() {
        assertThat(Pin.of("011 095 001 234")).isEqualTo(Pin.of("011095001234"))
                .hasSameHashCodeAs(Pin.of("011.095.001234"))
                .isNotEqualTo(Pin.of("011095001235"));
    }
}
