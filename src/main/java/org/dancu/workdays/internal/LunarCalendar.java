package org.dancu.workdays.internal;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed from the sky: a month begins on the local day of a new
 * moon, month 11 is the one holding the winter solstice, and in a year of thirteen months the first
 * month after month 11 without a major solar term (a multiple of 30° of the sun's longitude) is the
 * leap month. Vietnam reckons days at UTC+7 ({@link #VIETNAM}); China reckons them at UTC+8
 * ({@link #CHINA}), which is why the two calendars disagree in some years (Tết 1985, 2007, 2030).
 *
 * <p>New moons follow J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., ch. 49) with its periodic and
 * planetary terms; the sun's apparent longitude follows ch. 25 (low accuracy, about 0.01°); the
 * difference between dynamical and universal time (ΔT) uses the polynomials of Espenak and Meeus.
 */
public final class LunarCalendar {

    /** Hours east of UTC at which Vietnam reckons its calendar days. */
    public static final int VIETNAM = 7;
    /** Hours east of UTC at which China reckons its calendar days. */
    public static final int CHINA = 8;

    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double FIRST_NEW_MOON_OF_2000 = 2451550.09766;
    private static final double UNIX_EPOCH_JD = 2440587.5;

    private final int offsetHours;

    public LunarCalendar(int offsetHours) {
        this.offsetHours = offsetHours;
    }

    /** The first day of the lunar year that begins in the given Gregorian year (Tết Nguyên đán). */
    public LocalDate newYear(int year) {
        return toSolar(year, 1, 1);
    }

    /**
     * The Gregorian date of a day of an ordinary (not leap) month from 1 to 10 of the lunar year that
     * begins in the given Gregorian year.
     */
    public LocalDate toSolar(int lunarYear, int month, int day) {
        if (month < 1 || month > 10 || day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar month 1 to 10 and day 1 to 30: " + month + "/" + day);
        }
        long month11Before = month11(lunarYear - 1);
        long k = lunation(month11Before);
        int offset = month + 1;
        if (month11(lunarYear) - month11Before > 365) {
            int leapOffset = leapOffset(k);
            if (offset >= leapOffset) {
                offset++;
            }
        }
        return LocalDate.ofEpochDay(newMoonDay(k + offset) + day - 1);
    }

    /** The epoch day on which month 11 (the month of the winter solstice) of the Gregorian year begins. */
    long month11(int year) {
        long lastDay = LocalDate.of(year, 12, 31).toEpochDay();
        long k = (long) Math.floor((lastDay + UNIX_EPOCH_JD - FIRST_NEW_MOON_OF_2000) / SYNODIC_MONTH);
        while (newMoonDay(k) > lastDay) {
            k--;
        }
        while (newMoonDay(k + 1) <= lastDay) {
            k++;
        }
        long start = newMoonDay(k);
        return majorTerm(start) >= 9 ? newMoonDay(k - 1) : start;
    }

    /** The lunation whose new moon falls on the given day. */
    private long lunation(long day) {
        long k = Math.round((day + UNIX_EPOCH_JD - FIRST_NEW_MOON_OF_2000) / SYNODIC_MONTH);
        while (newMoonDay(k) > day) {
            k--;
        }
        while (newMoonDay(k) < day) {
            k++;
        }
        return k;
    }

    /** Months after month 11 (lunation k) of the first month that holds no major solar term. */
    private int leapOffset(long k) {
        int previous = majorTerm(newMoonDay(k + 1));
        for (int i = 1; i < 14; i++) {
            int next = majorTerm(newMoonDay(k + i + 1));
            if (next == previous) {
                return i;
            }
            previous = next;
        }
        throw new IllegalStateException("a thirteen-month year without a month lacking a major term");
    }

    /** The 30° sector of the sun's apparent longitude at the start of the local day (0 = 0°–30°). */
    private int majorTerm(long day) {
        double jd = day + UNIX_EPOCH_JD - offsetHours / 24.0;
        return (int) Math.floor(sunLongitude(jd) / 30.0);
    }

    /** The local epoch day of new moon number k (k = 0: January 2000). */
    long newMoonDay(long k) {
        double jd = newMoon(k);
        return (long) Math.floor(jd - UNIX_EPOCH_JD + offsetHours / 24.0);
    }

    /** The universal-time Julian day of new moon number k. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = FIRST_NEW_MOON_OF_2000 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mm = radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double periodic = -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
        double planetary = 0.000325 * sinDegrees(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDegrees(251.88 + 0.016321 * k)
                + 0.000164 * sinDegrees(251.83 + 26.651886 * k)
                + 0.000126 * sinDegrees(349.42 + 36.412478 * k)
                + 0.000110 * sinDegrees(84.66 + 18.206239 * k)
                + 0.000062 * sinDegrees(141.74 + 53.303771 * k)
                + 0.000060 * sinDegrees(207.14 + 2.453732 * k)
                + 0.000056 * sinDegrees(154.84 + 7.306860 * k)
                + 0.000047 * sinDegrees(34.52 + 27.261239 * k)
                + 0.000042 * sinDegrees(207.19 + 0.121824 * k)
                + 0.000040 * sinDegrees(291.34 + 1.844379 * k)
                + 0.000037 * sinDegrees(161.72 + 24.198154 * k)
                + 0.000035 * sinDegrees(239.56 + 25.513099 * k)
                + 0.000023 * sinDegrees(331.55 + 3.592518 * k);
        double dynamical = jde + periodic + planetary;
        return dynamical - deltaT(dynamical) / 86400.0;
    }

    /** The sun's apparent longitude in degrees, from 0 up to 360, at a universal-time Julian day. */
    static double sunLongitude(double jdUniversal) {
        double jd = jdUniversal + deltaT(jdUniversal) / 86400.0;
        double t = (jd - 2451545.0) / 36525.0;
        double t2 = t * t;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double m = radians(357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double omega = radians(125.04 - 1934.136 * t);
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(omega);
        return ((apparent % 360) + 360) % 360;
    }

    /** Dynamical minus universal time in seconds (Espenak and Meeus polynomials, 1941 onward). */
    static double deltaT(double jd) {
        double y = 2000 + (jd - 2451544.5) / 365.2425;
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }

    private static double radians(double degrees) {
        return Math.toRadians(degrees % 360);
    }

    private static double sinDegrees(double degrees) {
        return Math.sin(radians(degrees));
    }
}
