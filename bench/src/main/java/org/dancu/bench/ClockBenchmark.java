package org.dancu.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;

import org.dancu.DancuApplication;
import org.dancu.civil.ProvinceTime;
import org.dancu.workdays.Deadline;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.WorkingCalendar;
import org.dancu.workdays.Workdays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deadline computations on the calendar in force (the recorded decisions of V34), on one thread:
 * dossiers received at random minutes of 2024–2027 with limits of 1 to 30 working days. The peer in
 * the same run counts the same deadlines naively, walking the calendar day by day from the counted
 * day. The application context is closed before timing; the calendar is plain memory.
 */
final class ClockBenchmark {

    private static final int SAMPLES = 1 << 16;
    private static final int CALLS = 5_000_000;
    private static final int NAIVE_CALLS = 500_000;
    private static final int RUNS = 5;

    private ClockBenchmark() {
    }

    static void run() {
        WorkingCalendar calendar;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .web(WebApplicationType.NONE)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run()) {
            calendar = context.getBean(Workdays.class).calendar();
        }
        Instant[] received = new Instant[SAMPLES];
        TimeLimit[] limits = new TimeLimit[SAMPLES];
        SplittableRandom random = new SplittableRandom(20_261_207);
        long first = LocalDate.of(2024, 1, 1).toEpochDay();
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + random.nextInt(4 * 365));
            received[i] = LocalDateTime.of(day, LocalTime.ofSecondOfDay(random.nextInt(86_400)))
                    .atZone(ProvinceTime.VIETNAM).toInstant();
            limits[i] = TimeLimit.workingDays(1 + random.nextInt(30));
        }
        for (int i = 0; i < SAMPLES; i++) {
            if (!calendar.deadline(received[i], limits[i]).due().equals(naive(calendar, received[i], limits[i]))) {
                throw new IllegalStateException("the clock and its peer disagree on " + received[i] + " " + limits[i]);
            }
        }
        System.out.println("working-day clock benchmark; " + Measure.machine());
        System.out.printf("one thread, median of %d runs; clock %,d calls, naive peer %,d calls%n%n", RUNS, CALLS,
                NAIVE_CALLS);
        double[] clock = new double[RUNS];
        double[] peer = new double[RUNS];
        long sink = 0;
        for (int run = 0; run < RUNS; run++) {
            long began = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                int s = i & (SAMPLES - 1);
                sink += calendar.deadline(received[s], limits[s]).due().getEpochSecond();
            }
            clock[run] = CALLS * 1e9 / (System.nanoTime() - began);
            began = System.nanoTime();
            for (int i = 0; i < NAIVE_CALLS; i++) {
                int s = i & (SAMPLES - 1);
                sink += naive(calendar, received[s], limits[s]).getEpochSecond();
            }
            peer[run] = NAIVE_CALLS * 1e9 / (System.nanoTime() - began);
        }
        System.out.printf("%-44s %,14.0f per second%n", "deadline (precomputed calendar)", Measure.median(clock));
        System.out.printf("%-44s %,14.0f per second%n", "peer: day-by-day walk over the same calendar", Measure.median(peer));
        System.out.printf("%nratio %.1f× (checksum %d)%n", Measure.median(clock) / Measure.median(peer), sink);
    }

    /** The same deadline counted one day at a time: the counted day by the cut-off, then N working days. */
    private static Instant naive(WorkingCalendar calendar, Instant received, TimeLimit limit) {
        LocalDateTime local = LocalDateTime.ofInstant(received, ProvinceTime.VIETNAM);
        LocalDate day = local.toLocalDate();
        if (!calendar.isWorkingDay(day) || !local.toLocalTime().isBefore(calendar.hours().cutOff())) {
            do {
                day = day.plusDays(1);
            } while (!calendar.isWorkingDay(day));
        }
        for (int counted = 0; counted < limit.amount(); ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(calendar.hours().afternoonEnd()).atZone(ProvinceTime.VIETNAM).toInstant();
    }
}
