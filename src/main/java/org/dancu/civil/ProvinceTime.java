package org.dancu.civil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;

/**
 * The province's time zone and the one way people read dates and times in it, in either language:
 * {@code dd/MM/yyyy} and {@code dd/MM/yyyy HH:mm}. An instant from the database (stored in UTC) is
 * shown in the province's zone, never the server's. Files and APIs are for machines and keep ISO
 * 8601 with the offset ({@code 2026-12-07T07:05:09Z}, as JSON writes an instant).
 *
 * @param zone the province's zone ({@code dancu.locality.zone}, Asia/Ho_Chi_Minh for every
 *             Vietnamese province)
 */
public record ProvinceTime(ZoneId zone) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public ProvinceTime {
        Objects.requireNonNull(zone, "zone");
    }

    /** The day, {@code 07/12/2026}; null for null. */
    public String date(TemporalAccessor value) {
        return value == null ? null : DATE.format(local(value));
    }

    /** Day and minute in the province, {@code 07/12/2026 14:05}; null for null. */
    public String dateTime(TemporalAccessor value) {
        return value == null ? null : DATE_TIME.format(local(value));
    }

    /** Day and second in the province, {@code 07/12/2026 14:05:09}, where order matters; null for null. */
    public String dateTimeSeconds(TemporalAccessor value) {
        return value == null ? null : DATE_TIME_SECONDS.format(local(value));
    }

    /**
     * A date as the register records it ({@code 1958}, {@code 1958-03}, {@code 1958-03-21}) the way
     * people read it ({@code 1958}, {@code 03/1958}, {@code 21/03/1958}); text that is no date is
     * shown as it is; null for null.
     */
    public String recorded(String isoPartialDate) {
        if (isoPartialDate == null) {
            return null;
        }
        ParseResult<PartialDate, PartialDate.Invalid> date = PartialDate.parse(isoPartialDate,
                PartialDate.DayMonthOrder.DAY_FIRST, LocalDate.MAX);
        return date.isValid() ? date.value().toDayFirst() : isoPartialDate;
    }

    /** Today in the province: the day a consent expires or a count is booked on. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The instant at which a day of the province begins. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * The value as the province's wall clock reads it: instants and offset times are moved into its
     * zone; local dates and times are taken as already being the province's.
     */
    private TemporalAccessor local(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value;
        }
        throw new IllegalArgumentException("not a date or time: " + value.getClass().getSimpleName());
    }
}
