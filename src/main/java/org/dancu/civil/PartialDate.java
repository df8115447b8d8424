package org.dancu.civil;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A date known to the year, to the month, or to the day. Many older people know only their birth
 * year; registers then hold the year alone, or 01/01 as a default ({@link #isJanuaryFirstDefault}).
 *
 * <p>Parsing never guesses: a two-digit year, a day and month that could be swapped when the
 * column's convention is unknown, or a date that cannot exist is refused with its reason. "00" for
 * the day, or for the day and month, is read as "not known" ("00/00/1958" is the year 1958),
 * because that is how several registers write it.
 */
public final class PartialDate {

    public static final int MIN_YEAR = 1850;
    private static final ZoneId VIETNAM = ProvinceTime.VIETNAM;
    private static final int ABSENT = 0;

    public enum Precision { YEAR, MONTH, DAY }

    /** How to read "03/04/1990", where either number could be the month. */
    public enum DayMonthOrder {
        /** The Vietnamese convention: day first. Nothing is ambiguous. */
        DAY_FIRST,
        /**
         * The column's convention is not known: a number above 12 tells which is the day;
         * when both are 12 or less and differ, the input is refused as {@link Invalid#AMBIGUOUS}.
         */
        UNKNOWN_ORDER
    }

    public enum Invalid {
        EMPTY,
        /** Not one of YYYY, YYYY-MM, YYYY-MM-DD, MM/YYYY, DD/MM/YYYY (separators / - . used consistently). */
        UNRECOGNISED_FORMAT,
        /** A month or day that cannot exist, such as 31/02 or month 13. */
        IMPOSSIBLE_DATE,
        /** Before {@link #MIN_YEAR} or after today. */
        OUT_OF_RANGE,
        /** Day and month could be swapped; {@link ParseResult#alternatives()} holds both readings. */
        AMBIGUOUS
    }

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    public static PartialDate ofYear(int year) {
        return of(year, ABSENT, ABSENT);
    }

    public static PartialDate ofYearMonth(int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month out of range: " + month);
        }
        return of(year, month, ABSENT);
    }

    public static PartialDate of(int year, int month, int day) {
        if (!isPossible(year, month, day)) {
            throw new IllegalArgumentException("Impossible date: " + year + "-" + month + "-" + day);
        }
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Reads day-first text and refuses dates after today (in Vietnam). */
    public static ParseResult<PartialDate, Invalid> parse(String text) {
        return parse(text, DayMonthOrder.DAY_FIRST, LocalDate.now(VIETNAM));
    }

    public static ParseResult<PartialDate, Invalid> parse(String text, DayMonthOrder order) {
        return parse(text, order, LocalDate.now(VIETNAM));
    }

    /** As {@link #parse(String, DayMonthOrder)}, with "today" given: for tests and for reproducible batch runs. */
    public static ParseResult<PartialDate, Invalid> parse(String text, DayMonthOrder order, LocalDate today) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(today, "today");
        Fields fields = Fields.scan(text);
        if (fields == null) {
            return ParseResult.invalid(Invalid.UNRECOGNISED_FORMAT);
        }
        switch (fields.count) {
            case 0:
                return ParseResult.invalid(Invalid.EMPTY);
            case 1:
                return fields.width[0] == 4 ? checked(fields.value[0], ABSENT, ABSENT, today) : unrecognised();
            case 2:
                if (fields.width[0] == 4 && fields.width[1] <= 2) {
                    return checked(fields.value[0], fields.value[1], ABSENT, today);
                }
                if (fields.width[0] <= 2 && fields.width[1] == 4) {
                    return checked(fields.value[1], fields.value[0], ABSENT, today);
                }
                return unrecognised();
            default:
                if (fields.width[0] == 4 && fields.width[1] <= 2 && fields.width[2] <= 2) {
                    return checked(fields.value[0], fields.value[1], fields.value[2], today);
                }
                if (fields.width[0] <= 2 && fields.width[1] <= 2 && fields.width[2] == 4) {
                    return dayMonthYear(fields.value[0], fields.value[1], fields.value[2], order, today);
                }
                return unrecognised();
        }
    }

    private static ParseResult<PartialDate, Invalid> dayMonthYear(int first, int second, int year,
            DayMonthOrder order, LocalDate today) {
        if (order == DayMonthOrder.DAY_FIRST || first > 12 || first == ABSENT || first == second) {
            return checked(year, second, first, today);
        }
        if (second > 12) {
            return checked(year, first, second, today);
        }
        if (second == ABSENT) {
            return ParseResult.invalid(Invalid.IMPOSSIBLE_DATE);
        }
        return ParseResult.ambiguous(Invalid.AMBIGUOUS,
                List.of(new PartialDate(year, second, first), new PartialDate(year, first, second)));
    }

    /** Day 0 and month 0 mean "not known", but a known day in an unknown month is not a date. */
    private static ParseResult<PartialDate, Invalid> checked(int year, int month, int day, LocalDate today) {
        if (month == ABSENT && day != ABSENT || !isPossible(year, month, day)) {
            return ParseResult.invalid(Invalid.IMPOSSIBLE_DATE);
        }
        PartialDate date = new PartialDate(year, month, day);
        if (year < MIN_YEAR || date.earliest().isAfter(today)) {
            return ParseResult.invalid(Invalid.OUT_OF_RANGE, Integer.toString(year));
        }
        return ParseResult.valid(date);
    }

    private static ParseResult<PartialDate, Invalid> unrecognised() {
        return ParseResult.invalid(Invalid.UNRECOGNISED_FORMAT);
    }

    private static boolean isPossible(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0) {
            return false;
        }
        if (month == ABSENT) {
            return day == ABSENT;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    public int year() {
        return year;
    }

    public OptionalInt month() {
        return month == ABSENT ? OptionalInt.empty() : OptionalInt.of(month);
    }

    public OptionalInt day() {
        return day == ABSENT ? OptionalInt.empty() : OptionalInt.of(day);
    }

    public Precision precision() {
        return day != ABSENT ? Precision.DAY : month != ABSENT ? Precision.MONTH : Precision.YEAR;
    }

    /** 1 January, often written for people who know only their birth year. */
    public boolean isJanuaryFirstDefault() {
        return month == 1 && day == 1;
    }

    /** Both full dates in the same year, with day and month exchanged (and different). */
    public boolean isDayMonthSwapOf(PartialDate other) {
        return day != ABSENT && other.day != ABSENT && year == other.year && day != month
                && day == other.month && month == other.day;
    }

    /** The first day this date can mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can mean. */
    public LocalDate latest() {
        if (month == ABSENT) {
            return LocalDate.of(year, 12, 31);
        }
        return day == ABSENT ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** Whether {@code date} is one of the days this date can mean. */
    public boolean contains(LocalDate date) {
        return date.getYear() == year && (month == ABSENT || date.getMonthValue() == month)
                && (day == ABSENT || date.getDayOfMonth() == day);
    }

    /** Whether the two can denote the same day: 1958 and 1958-03-21 can, 1958-03 and 1958-04 cannot. */
    public boolean overlaps(PartialDate other) {
        return year == other.year && (month == ABSENT || other.month == ABSENT || month == other.month)
                && (day == ABSENT || other.day == ABSENT || day == other.day);
    }

    /** Entirely before {@code other}: every day this date can mean comes before every day the other can. */
    public boolean isBefore(PartialDate other) {
        return latest().isBefore(other.earliest());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate that && year == that.year && month == that.month && day == that.day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /** As people read it in Vietnam, to the known precision: 1958, 03/1958, 21/03/1958. */
    public String toDayFirst() {
        StringBuilder text = new StringBuilder(10);
        if (day != ABSENT) {
            pad(text, day, 2).append('/');
        }
        if (month != ABSENT) {
            pad(text, month, 2).append('/');
        }
        return pad(text, year, 4).toString();
    }

    /** ISO 8601 to the known precision: 1958, 1958-03, 1958-03-21. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(10);
        pad(text, year, 4);
        if (month != ABSENT) {
            pad(text.append('-'), month, 2);
        }
        if (day != ABSENT) {
            pad(text.append('-'), day, 2);
        }
        return text.toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** Up to three runs of ASCII digits joined by one separator, the same one each time. */
    private static final class Fields {
        private static final int MAX_FIELDS = 3;
        private static final int MAX_WIDTH = 4;

        final int[] value = new int[MAX_FIELDS];
        final int[] width = new int[MAX_FIELDS];
        int count;

        /** {@code null} when the text is not of that shape; zero fields for blank text. */
        static Fields scan(String input) {
            Fields fields = new Fields();
            String text = input.strip();
            int end = text.length();
            char separator = 0;
            int i = 0;
            while (i < end) {
                if (fields.count == MAX_FIELDS) {
                    return null;
                }
                int digits = 0;
                int value = 0;
                while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    value = value * 10 + text.charAt(i) - '0';
                    digits++;
                    i++;
                }
                if (digits == 0 || digits > MAX_WIDTH) {
                    return null;
                }
                fields.value[fields.count] = value;
                fields.width[fields.count++] = digits;
                if (i < end) {
                    char c = text.charAt(i);
                    if (c != '/' && c != '-' && c != '.' || separator != 0 && c != separator || i + 1 == end) {
                        return null;
                    }
                    separator = c;
                    i++;
                }
            }
            return fields;
        }
    }
}
