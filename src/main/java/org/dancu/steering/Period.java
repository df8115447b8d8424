package org.dancu.steering;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar reporting period: a month, quarter, half-year or year, always aligned on its type
 * (a quarter starts in January, April, July or October).
 *
 * @param type  its length
 * @param start its first month
 */
public record Period(PeriodType type, YearMonth start) implements Comparable<Period> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(\\d{2})|Q([1-4])|S([12]))?");

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        if ((start.getMonthValue() - 1) % type.months() != 0) {
            throw new IllegalArgumentException(type + " cannot start in " + start);
        }
    }

    /** The period of this type containing the date. */
    public static Period containing(PeriodType type, LocalDate date) {
        int month = date.getMonthValue();
        int first = month - (month - 1) % type.months();
        return new Period(type, YearMonth.of(date.getYear(), first));
    }

    /**
     * Reads a code: {@code 2026-05}, {@code 2026Q2}, {@code 2026S1} or {@code 2026}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period code: " + code);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("not a period code: " + code);
            }
            return new Period(PeriodType.MONTH, YearMonth.of(year, month));
        }
        if (m.group(3) != null) {
            return new Period(PeriodType.QUARTER, YearMonth.of(year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1));
        }
        if (m.group(4) != null) {
            return new Period(PeriodType.HALF_YEAR, YearMonth.of(year, m.group(4).equals("1") ? 1 : 7));
        }
        return new Period(PeriodType.YEAR, YearMonth.of(year, 1));
    }

    public String code() {
        int year = start.getYear();
        return switch (type) {
            case MONTH -> start.toString();
            case QUARTER -> year + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> year + "S" + (start.getMonthValue() == 1 ? 1 : 2);
            case YEAR -> Integer.toString(year);
        };
    }

    public LocalDate firstDay() {
        return start.atDay(1);
    }

    public LocalDate lastDay() {
        return start.plusMonths(type.months() - 1L).atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Period previous() {
        return new Period(type, start.minusMonths(type.months()));
    }

    public Period next() {
        return new Period(type, start.plusMonths(type.months()));
    }

    /** The same period a year earlier, for year-on-year comparison. */
    public Period yearEarlier() {
        return new Period(type, start.minusYears(1));
    }

    /** Every period of this type from the one containing {@code from} to the one containing {@code to}. */
    public static List<Period> between(PeriodType type, LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        for (Period p = containing(type, from); !p.firstDay().isAfter(to); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : Integer.compare(type.months(), other.type.months());
    }

    @Override
    public String toString() {
        return code();
    }
}
