package org.dancu.workdays.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.ibm.icu.util.ChineseCalendar;

import org.junit.jupiter.api.Test;

/**
 * The lunar calendar against a century of New Years: the Chinese one (UTC+8) computed by ICU, an
 * independent implementation, and the years in which the Vietnamese one (UTC+7) is known to differ.
 */
class LunarCalendarTests {

    private final LunarCalendar vietnam = new LunarCalendar(LunarCalendar.VIETNAM);
    private final LunarCalendar china = new LunarCalendar(LunarCalendar.CHINA);

    /**
     * ICU computes the Chinese calendar with astronomy of its own; in three years of the century its
     * New Year departs from the published one (1954: 3 February; 2027: 6 February; 2030: 3 February;
     * sources in docs/workdays.md), and there the published date is the reference.
     */
    @Test
    void atUtcPlusEightTheNewYearIsTheChineseNewYearFrom1950To2050() {
        Map<Integer, LocalDate> publishedWhereIcuDeparts = Map.of(1954, LocalDate.of(1954, 2, 3),
                2027, LocalDate.of(2027, 2, 6), 2030, LocalDate.of(2030, 2, 3));
        for (int year = 1950; year <= 2050; year++) {
            LocalDate reference = publishedWhereIcuDeparts.getOrDefault(year, icuChineseNewYear(year));
            assertThat(china.newYear(year)).as("Chinese New Year %d", year).isEqualTo(reference);
        }
        publishedWhereIcuDeparts.forEach((year, published) -> assertThat(icuChineseNewYear(year)).isNotEqualTo(published));
    }

    @Test
    void tetDiffersFromTheChineseNewYearIn1985And2007And2030Only() {
        List<Integer> different = new ArrayList<>();
        for (int year = 1970; year <= 2050; year++) {
            if (!vietnam.newYear(year).equals(china.newYear(year))) {
                different.add(year);
            }
        }
        assertThat(different).containsExactly(1985, 2007, 2030);
        assertThat(vietnam.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(china.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(vietnam.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(china.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(vietnam.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    }

    @Test
    void tetMauThan1968FellOnThe29thOfJanuaryAtUtcPlusSeven() {
        assertThat(vietnam.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 29));
        assertThat(china.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 30));
    }

    @Test
    void tetAndTheHungKingsDayOfTheOfficialCalendars() {
        assertThat(vietnam.newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(vietnam.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(vietnam.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(vietnam.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(vietnam.toSolar(2024, 3, 10)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(vietnam.toSolar(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(vietnam.toSolar(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void theTenthDayOfTheThirdMonthIsIcusInEveryYear() {
        for (int year = 1950; year <= 2050; year++) {
            assertThat(china.toSolar(year, 3, 10)).as("10/3 lunar %d", year).isEqualTo(icuChinese(year, 2, 10));
        }
    }

    private static LocalDate icuChineseNewYear(int year) {
        return icuChinese(year, 0, 1);
    }

    /** The Gregorian day of an ordinary month (0-based) and day of the Chinese year beginning in the year. */
    private static LocalDate icuChinese(int year, int month, int dayOfMonth) {
        ChineseCalendar calendar = new ChineseCalendar(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
        for (LocalDate day = LocalDate.of(year, 1, 15); day.getYear() == year; day = day.plusDays(1)) {
            calendar.setTime(Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
            if (calendar.get(ChineseCalendar.MONTH) == month && calendar.get(ChineseCalendar.DAY_OF_MONTH) == dayOfMonth
                    && calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 0) {
                return day;
            }
        }
        throw new AssertionError("no such day in " + year);
    }
}
