package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.dancu.civil.PartialDate.DayMonthOrder;
import org.dancu.civil.PartialDate.Invalid;
import org.dancu.civil.PartialDate.Precision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    private static ParseResult<PartialDate, Invalid> dayFirst(String text) {
        return PartialDate.parse(text, DayMonthOrder.DAY_FIRST, TODAY);
    }

    private static ParseResult<PartialDate, Invalid> unknownOrder(String text) {
        return PartialDate.parse(text, DayMonthOrder.UNKNOWN_ORDER, TODAY);
    }

    @Nested
    class Formats {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"1958, 1958", "1958-03, 1958-03", "1958-3, 1958-03", "1958-03-21, 1958-03-21",
                "1958/03/21, 1958-03-21", "1958.3.5, 1958-03-05", "21/03/1958, 1958-03-21", "1/3/1958, 1958-03-01",
                "21-03-1958, 1958-03-21", "21.03.1958, 1958-03-21", "03/1958, 1958-03", "3/1958, 1958-03",
                "03-1958, 1958-03", "' 21/03/1958 ', 1958-03-21", "29/02/2000, 2000-02-29"})
        void readsTheFormatsFoundInTheWild(String text, String iso) {
            assertThat(dayFirst(text).value()).hasToString(iso);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"00/00/1958, 1958", "0/0/1958, 1958", "00/03/1958, 1958-03", "1958-00-00, 1958",
                "1958-03-00, 1958-03", "00/1958, 1958"})
        void readsZeroAsNotKnown(String text, String iso) {
            assertThat(dayFirst(text).value()).hasToString(iso);
        }

        @ParameterizedTest
        @ValueSource(strings = {"21/03/58", "58", "195803", "19580321", "21/03-1958", "21//03/1958", "21/03/1958/1",
                "1958-03-21T00:00:00", "21 03 1958", "21/03/", "/03/1958", "21 tháng 3 1958", "abc", "1958-123",
                "021/03/1958", "21/03/01958", "1958-03-21 12:00", "1958-3-21-", "２１/０３/１９５８"})
        void refusesAnythingElse(String text) {
            assertThat(dayFirst(text).reason()).isEqualTo(Invalid.UNRECOGNISED_FORMAT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void blankIsEmpty(String text) {
            assertThat(dayFirst(text).reason()).isEqualTo(Invalid.EMPTY);
        }
    }

    @Nested
    class Checks {

        @ParameterizedTest
        @ValueSource(strings = {"31/02/1990", "29/02/1900", "29/02/1999", "31/04/1990", "32/01/1990", "01/13/1990",
                "13/1990", "1990-13", "1990-02-30", "15/00/1990", "1990-00-15", "00/13/1990"})
        void refusesDatesThatCannotExist(String text) {
            assertThat(dayFirst(text).reason()).isEqualTo(Invalid.IMPOSSIBLE_DATE);
        }

        @ParameterizedTest
        @CsvSource({"1849, 1849", "31/12/1849, 1849", "2027, 2027", "16/05/2026, 2026", "06/2026, 2026"})
        void refusesYearsBefore1850AndTheFuture(String text, String detail) {
            ParseResult<PartialDate, Invalid> result = dayFirst(text);

            assertThat(result.reason()).isEqualTo(Invalid.OUT_OF_RANGE);
            assertThat(result.detail()).isEqualTo(detail);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1850", "01/01/1850", "15/05/2026", "05/2026", "2026"})
        void acceptsTheEdgesOfTheRange(String text) {
            assertThat(dayFirst(text).isValid()).isTrue();
        }
    }

    @Nested
    class DayAndMonthOrder {

        @Test
        void dayFirstIsTheVietnameseDefault() {
            assertThat(PartialDate.parse("03/04/1990").value()).hasToString("1990-04-03");
            assertThat(dayFirst("03/04/1990").value()).hasToString("1990-04-03");
        }

        @Test
        void anUnknownOrderMakesSwappableDayAndMonthAmbiguous() {
            ParseResult<PartialDate, Invalid> result = unknownOrder("03/04/1990");

            assertThat(result.reason()).isEqualTo(Invalid.AMBIGUOUS);
            assertThat(result.alternatives()).extracting(PartialDate::toString)
                    .containsExactly("1990-04-03", "1990-03-04");
        }

        @Test
        void anUnknownOrderIsSettledByANumberAboveTwelve() {
            assertThat(unknownOrder("25/03/1990").value()).hasToString("1990-03-25");
            assertThat(unknownOrder("03/25/1990").value()).hasToString("1990-03-25");
            assertThat(unknownOrder("04/04/1990").value()).hasToString("1990-04-04");
            assertThat(unknownOrder("00/04/1990").value()).hasToString("1990-04");
        }

        @Test
        void anUnknownOrderStillRefusesImpossibleDates() {
            assertThat(unknownOrder("25/13/1990").reason()).isEqualTo(Invalid.IMPOSSIBLE_DATE);
            assertThat(unknownOrder("03/00/1990").reason()).isEqualTo(Invalid.IMPOSSIBLE_DATE);
        }

        @Test
        void yearFirstFormatsAreNeverAmbiguous() {
            assertThat(unknownOrder("1990-03-04").value()).hasToString("1990-03-04");
        }

        @Test
        void dayFirstRefusesMonthFirstInput() {
            assertThat(dayFirst("03/25/1990").reason()).isEqualTo(Invalid.IMPOSSIBLE_DATE);
        }
    }

    @Nested
    class Values {

        @Test
        void accessorsFollowThePrecision() {
            PartialDate year = PartialDate.ofYear(1958);
            PartialDate month = PartialDate.ofYearMonth(1958, 3);
            PartialDate day = PartialDate.of(1958, 3, 21);

            assertThat(year.precision()).isEqualTo(Precision.YEAR);
            assertThat(year.month()).isEmpty();
            assertThat(year.day()).isEmpty();
            assertThat(month.precision()).isEqualTo(Precision.MONTH);
            assertThat(month.month()).hasValue(3);
            assertThat(month.day()).isEmpty();
            assertThat(day.precision()).isEqualTo(Precision.DAY);
            assertThat(day.year()).isEqualTo(1958);
            assertThat(day.month()).hasValue(3);
            assertThat(day.day()).hasValue(21);
            assertThat(PartialDate.of(LocalDate.of(1958, 3, 21))).isEqualTo(day);
        }

        @Test
        void factoriesRefuseImpossibleDates() {
            assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(1990, 2, 30));
            assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.ofYearMonth(1990, 0));
            assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.ofYear(0));
        }

        @Test
        void toStringIsIsoToThePrecision() {
            assertThat(PartialDate.ofYear(1958)).hasToString("1958");
            assertThat(PartialDate.ofYearMonth(1958, 3)).hasToString("1958-03");
            assertThat(PartialDate.of(1958, 3, 1)).hasToString("1958-03-01");
        }

        @Test
        void equalityIncludesThePrecision() {
            assertThat(PartialDate.ofYear(1958)).isNotEqualTo(PartialDate.of(1958, 1, 1));
            assertThat(PartialDate.ofYearMonth(1958, 1)).isNotEqualTo(PartialDate.of(1958, 1, 1))
                    .isEqualTo(dayFirst("01/1958").value())
                    .hasSameHashCodeAs(dayFirst("1958-01").value());
        }

        @Test
        void januaryFirstDefault() {
            assertThat(PartialDate.of(1958, 1, 1).isJanuaryFirstDefault()).isTrue();
            assertThat(PartialDate.of(1958, 1, 2).isJanuaryFirstDefault()).isFalse();
            assertThat(PartialDate.ofYear(1958).isJanuaryFirstDefault()).isFalse();
        }

        @Test
        void dayMonthSwap() {
            PartialDate date = PartialDate.of(1990, 4, 3);

            assertThat(date.isDayMonthSwapOf(PartialDate.of(1990, 3, 4))).isTrue();
            assertThat(date.isDayMonthSwapOf(PartialDate.of(1991, 3, 4))).isFalse();
            assertThat(date.isDayMonthSwapOf(date)).isFalse();
            assertThat(PartialDate.of(1990, 4, 4).isDayMonthSwapOf(PartialDate.of(1990, 4, 4))).isFalse();
            assertThat(date.isDayMonthSwapOf(PartialDate.ofYearMonth(1990, 3))).isFalse();
        }

        @Test
        void rangeOfDays() {
            assertThat(PartialDate.ofYear(1958).earliest()).isEqualTo(LocalDate.of(1958, 1, 1));
            assertThat(PartialDate.ofYear(1958).latest()).isEqualTo(LocalDate.of(1958, 12, 31));
            assertThat(PartialDate.ofYearMonth(2000, 2).latest()).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(PartialDate.of(1958, 3, 21).earliest()).isEqualTo(PartialDate.of(1958, 3, 21).latest());
        }

        @Test
        void containsAndOverlaps() {
            PartialDate year = PartialDate.ofYear(1958);
            PartialDate march = PartialDate.ofYearMonth(1958, 3);
            PartialDate day = PartialDate.of(1958, 3, 21);

            assertThat(year.contains(LocalDate.of(1958, 12, 31))).isTrue();
            assertThat(year.contains(LocalDate.of(1959, 1, 1))).isFalse();
            assertThat(march.contains(LocalDate.of(1958, 3, 1))).isTrue();
            assertThat(march.contains(LocalDate.of(1958, 4, 1))).isFalse();
            assertThat(day.contains(LocalDate.of(1958, 3, 21))).isTrue();
            assertThat(day.contains(LocalDate.of(1958, 3, 22))).isFalse();

            assertThat(year.overlaps(day)).isTrue();
            assertThat(day.overlaps(march)).isTrue();
            assertThat(march.overlaps(PartialDate.ofYearMonth(1958, 4))).isFalse();
            assertThat(day.overlaps(PartialDate.of(1958, 3, 22))).isFalse();
            assertThat(year.overlaps(PartialDate.ofYear(1959))).isFalse();
        }

        @Test
        void isBeforeOnlyWhenEveryPossibleDayIs() {
            assertThat(PartialDate.ofYear(1958).isBefore(PartialDate.ofYear(1959))).isTrue();
            assertThat(PartialDate.ofYear(1958).isBefore(PartialDate.of(1958, 12, 31))).isFalse();
            assertThat(PartialDate.of(1958, 3, 21).isBefore(PartialDate.ofYearMonth(1958, 4))).isTrue();
            assertThat(PartialDate.of(1958, 3, 21).isBefore(PartialDate.of(1958, 3, 21))).isFalse();
        }
    }
}
