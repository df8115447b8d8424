package org.dancu.workdays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The working days of a span of years, computed once: for each day its kind, and the number of working
 * days before it, so that a deadline is a few array reads however long the limit. Immutable; a new one
 * replaces it when the decisions change.
 */
public final class WorkingCalendar {

    private static final int DAY_SECONDS = 86_400;
    private static final DayKind[] KINDS = DayKind.values();
    private static final Occasion[] OCCASIONS = Occasion.values();

    private final long firstDay;
    private final byte[] kinds;
    private final byte[] occasions;
    private final int[] workingBefore;
    private final int[] workingDays;
    private final WorkingHours hours;
    private final ZoneRules zone;
    private final int morningStart;
    private final int morningEnd;
    private final int afternoonStart;
    private final int afternoonEnd;
    private final int cutOff;
    private final int morningLength;
    private final int dayLength;

    /**
     * @param first     the first day the calendar holds
     * @param kinds     the kind of each day from the first on
     * @param occasions the occasion of each day (null for none)
     */
    public WorkingCalendar(LocalDate first, DayKind[] kinds, Occasion[] occasions, WorkingHours hours) {
        this.firstDay = first.toEpochDay();
        this.kinds = new byte[kinds.length];
        this.occasions = new byte[kinds.length];
        this.workingBefore = new int[kinds.length + 1];
        int working = 0;
        for (int i = 0; i < kinds.length; i++) {
            this.kinds[i] = (byte) kinds[i].ordinal();
            this.occasions[i] = (byte) (occasions[i] == null ? -1 : occasions[i].ordinal());
            workingBefore[i] = working;
            if (kinds[i].working()) {
                working++;
            }
        }
        workingBefore[kinds.length] = working;
        this.workingDays = new int[working];
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i].working()) {
                workingDays[workingBefore[i]] = i;
            }
        }
        this.hours = hours;
        this.zone = hours.zone().getRules();
        this.morningStart = hours.morningStart().toSecondOfDay();
        this.morningEnd = hours.morningEnd().toSecondOfDay();
        this.afternoonStart = hours.afternoonStart().toSecondOfDay();
        this.afternoonEnd = hours.afternoonEnd().toSecondOfDay();
        this.cutOff = hours.cutOff().toSecondOfDay();
        this.morningLength = morningEnd - morningStart;
        this.dayLength = morningLength + afternoonEnd - afternoonStart;
    }

    public LocalDate firstDay() {
        return LocalDate.ofEpochDay(firstDay);
    }

    public LocalDate lastDay() {
        return LocalDate.ofEpochDay(firstDay + kinds.length - 1);
    }

    public WorkingHours hours() {
        return hours;
    }

    public boolean holds(LocalDate day) {
        long index = day.toEpochDay() - firstDay;
        return index >= 0 && index < kinds.length;
    }

    public DayKind kindOf(LocalDate day) {
        return KINDS[kinds[index(day.toEpochDay())]];
    }

    public boolean isWorkingDay(LocalDate day) {
        return kindOf(day).working();
    }

    /** The days of a year that differ from the ordinary week, in order. */
    public List<CalendarDay> exceptions(int year) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (holds(day)) {
                int i = index(day.toEpochDay());
                DayKind kind = KINDS[kinds[i]];
                if (kind != (weekend(day) ? DayKind.WEEKLY_REST : DayKind.WORKING_DAY)) {
                    days.add(new CalendarDay(day, kind, occasions[i] < 0 ? null : OCCASIONS[occasions[i]]));
                }
            }
        }
        return days;
    }

    /** The working day a dossier received at the instant counts from: that day before the cut-off, else the next. */
    public LocalDate countedFrom(Instant received) {
        return LocalDate.ofEpochDay(firstDay + countedFromIndex(localSeconds(received)));
    }

    /** Whether the offices receive dossiers at the instant (working sessions, and Saturday mornings if set). */
    public boolean receptionOpen(Instant at) {
        long local = localSeconds(at);
        int i = index(Math.floorDiv(local, DAY_SECONDS));
        int second = (int) Math.floorMod(local, DAY_SECONDS);
        boolean morning = second >= morningStart && second < morningEnd;
        if (KINDS[kinds[i]].working()) {
            return morning || second >= afternoonStart && second < afternoonEnd;
        }
        return morning && hours.saturdayMorningReception() && KINDS[kinds[i]] == DayKind.WEEKLY_REST
                && LocalDate.ofEpochDay(firstDay + i).getDayOfWeek() == DayOfWeek.SATURDAY;
    }

    /** The deadline of a limit for a dossier received at the instant. */
    public Deadline deadline(Instant received, TimeLimit limit) {
        return deadline(received, limit, List.of());
    }

    /**
     * The deadline of a limit for a dossier received at the instant, with the clock stopped on the days
     * of the suspensions (limits in days; a limit in hours runs on working hours alone).
     */
    public Deadline deadline(Instant received, TimeLimit limit, List<Suspension> suspensions) {
        int offset = zone.getOffset(received).getTotalSeconds();
        long local = received.getEpochSecond() + offset;
        int start = countedFromIndex(local);
        return switch (limit.unit()) {
            case WORKING_DAYS -> at(start, workingDays[shift(start, limit.amount(), suspensions)], afternoonEnd, offset);
            case HALF_DAYS -> {
                int last = shift(start, limit.amount() / 2, suspensions);
                yield limit.amount() % 2 == 0 ? at(start, workingDays[last], afternoonEnd, offset)
                        : at(start, workingDays[checked(last + 1)], morningEnd, offset);
            }
            case WORKING_HOURS -> hoursLater(local, limit.amount() * 3600, offset);
        };
    }

    /** The ordinal of the working day {@code days} working days after day {@code start}, skipping suspended days. */
    private int shift(int start, int days, List<Suspension> suspensions) {
        int target = workingBefore[start] + days;
        if (!suspensions.isEmpty()) {
            int countedUpTo = start;
            for (Suspension s : sorted(suspensions)) {
                int from = Math.max(index(s.first().toEpochDay()), countedUpTo + 1);
                int to = index(s.last().toEpochDay());
                if (from <= to && workingBefore[from] <= target) {
                    target += workingBefore[to + 1] - workingBefore[from];
                    countedUpTo = to;
                }
            }
        }
        return checked(target);
    }

    /** Working hours run from the instant itself (no cut-off), or from the next session if none is open. */
    private Deadline hoursLater(long local, int seconds, int offset) {
        int day = index(Math.floorDiv(local, DAY_SECONDS));
        int second = (int) Math.floorMod(local, DAY_SECONDS);
        boolean today = KINDS[kinds[day]].working() && second < afternoonEnd;
        int start = today ? day : workingDays[checked(workingBefore[day + 1])];
        int worked = today ? workedBefore(second) : 0;
        int left = seconds - (dayLength - worked);
        if (left <= 0) {
            return at(start, start, clockTime(worked + seconds), offset);
        }
        int wholeDays = (left - 1) / dayLength;
        int lastDay = workingDays[checked(workingBefore[start] + 1 + wholeDays)];
        return at(start, lastDay, clockTime(left - wholeDays * dayLength), offset);
    }

    /** Seconds of work done in a working day before the given second of the day. */
    private int workedBefore(int second) {
        if (second <= morningStart) {
            return 0;
        }
        if (second <= morningEnd) {
            return second - morningStart;
        }
        if (second <= afternoonStart) {
            return morningLength;
        }
        return morningLength + Math.min(second, afternoonEnd) - afternoonStart;
    }

    /** The second of the day at which the given seconds of a day's work are done. */
    private int clockTime(int worked) {
        return worked <= morningLength ? morningStart + worked : afternoonStart + worked - morningLength;
    }

    private int countedFromIndex(long local) {
        int i = index(Math.floorDiv(local, DAY_SECONDS));
        if (KINDS[kinds[i]].working() && Math.floorMod(local, DAY_SECONDS) < cutOff) {
            return i;
        }
        return workingDays[checked(workingBefore[i + 1])];
    }

    private Deadline at(int start, int day, int second, int offset) {
        return new Deadline(LocalDate.ofEpochDay(firstDay + start),
                Instant.ofEpochSecond((firstDay + day) * DAY_SECONDS + second - offset));
    }

    private long localSeconds(Instant instant) {
        return instant.getEpochSecond() + zone.getOffset(instant).getTotalSeconds();
    }

    private int index(long epochDay) {
        long i = epochDay - firstDay;
        if (i < 0 || i >= kinds.length) {
            throw new IllegalArgumentException("outside the calendar " + firstDay() + " – " + lastDay() + ": "
                    + LocalDate.ofEpochDay(epochDay));
        }
        return (int) i;
    }

    private int checked(int ordinal) {
        if (ordinal >= workingDays.length) {
            throw new IllegalArgumentException("the deadline falls after the calendar's last day " + lastDay());
        }
        return ordinal;
    }

    private static List<Suspension> sorted(List<Suspension> suspensions) {
        return suspensions.size() == 1 ? suspensions
                : suspensions.stream().sorted(Comparator.comparing(Suspension::first)).toList();
    }

    /** Saturday or Sunday, the weekly rest days of the state's offices. */
    public static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
