package org.dancu.services.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.dancu.civil.ProvinceTime;
import org.dancu.services.Channel;
import org.dancu.services.Handler;
import org.dancu.services.LegDefinition;
import org.dancu.services.LegStatus;
import org.dancu.services.Procedure;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.WorkingCalendar;

/**
 * A believable year of dossiers for the demo, without personal data: on each working day about
 * {@code perWorkingDay} dossiers spread over the communes by their residents and over the procedures
 * (a bundle counting as its several legs' worth of work), received during office hours, filed online more
 * and more through the year; each leg handled within its legal time limit on the working-day calendar,
 * but a share of each agency's legs late (the share differing by agency) and a few refused. Dossiers whose
 * first leg has not ended by {@code now} are open. Pure and seeded: the same inputs give the same year.
 */
final class DossierYear {

    /** Online share of the dossiers at the start of the year and at its end (the province reports 97.7 %). */
    static final double ONLINE_FROM = 0.86;
    static final double ONLINE_TO = 0.975;
    /** Of the online dossiers, those the national portal pushes through the interconnection software. */
    static final double THROUGH_INTERCONNECTION = 0.18;
    static final double REFUSED = 0.02;
    /** Of the components the state holds, the share the applicant still supplied (falling through the year). */
    static final double REASKED_FROM = 0.12;
    static final double REASKED_TO = 0.03;
    private static final double[] AGENCY_LATE = {0.02, 0.035, 0.05, 0.07, 0.10, 0.13};

    /** One leg as it went, or stands now. {@code finished} is null while open. */
    record PlannedLeg(LegDefinition definition, Handler handler, LegStatus status, Instant started, Instant due,
                      Instant finished) {

        boolean late() {
            return finished != null && due != null && finished.isAfter(due);
        }
    }

    /**
     * One dossier: {@code applicant} picks one of the commune's residents (the caller's list, by index
     * modulo its size); {@code reAsked} of the {@code heldComponents} the state held were still supplied.
     */
    record PlannedDossier(long number, Procedure procedure, Channel channel, String communeCode, int applicant,
                          Instant receivedAt, List<PlannedLeg> legs, int heldComponents, int reAsked) {

        boolean open() {
            return legs.stream().anyMatch(leg -> leg.finished() == null);
        }
    }

    private final List<Procedure> procedures;
    private final double[] procedureWeights;
    private final double totalWeight;
    private final WorkingCalendar calendar;
    private final long seed;
    private final double perWorkingDay;

    DossierYear(List<Procedure> procedures, WorkingCalendar calendar, long seed, double perWorkingDay) {
        if (procedures.isEmpty()) {
            throw new IllegalArgumentException("no procedure to file dossiers for");
        }
        this.procedures = List.copyOf(procedures);
        this.procedureWeights = procedures.stream().mapToDouble(DossierYear::weight).toArray();
        this.totalWeight = java.util.Arrays.stream(procedureWeights).sum();
        this.calendar = calendar;
        this.seed = seed;
        this.perWorkingDay = perWorkingDay;
    }

    /**
     * How often a procedure is filed against a single-agency one: births and residence changes are the
     * commonest, deaths rarer.
     */
    static double weight(Procedure procedure) {
        return switch (procedure.family()) {
            case BIRTH_BUNDLE -> 2.0;
            case DEATH_BUNDLE -> 0.6;
            case SINGLE_AGENCY -> procedure.essentialNumber() == null ? 0.4 : 1.0;
        };
    }

    /**
     * Every dossier received on the working days from {@code first} to {@code last}, in order of receipt.
     *
     * @param communes each commune's weight (its residents); communes of weight 0 receive none
     * @param now      legs ending after it are still open
     */
    void generate(LocalDate first, LocalDate last, Map<String, Integer> communes, Instant now,
                  Consumer<PlannedDossier> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        TreeMap<Double, String> byResidents = cumulative(communes);
        double days = Math.max(1, last.toEpochDay() - first.toEpochDay());
        long number = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            double progress = (day.toEpochDay() - first.toEpochDay()) / days;
            int count = (int) Math.round(perWorkingDay * (0.8 + 0.4 * random.nextDouble()));
            List<Instant> times = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                times.add(officeTime(day, random));
            }
            times.sort(null);
            for (Instant received : times) {
                if (received.isAfter(now)) {
                    return;
                }
                Procedure procedure = pick(random);
                String commune = byResidents.ceilingEntry(random.nextDouble() * byResidents.lastKey()).getValue();
                sink.accept(dossier(++number, procedure, commune, received, progress, now, random));
            }
        }
    }

    private PlannedDossier dossier(long number, Procedure procedure, String commune, Instant received,
                                   double progress, Instant now, SplittableRandom random) {
        double online = ONLINE_FROM + (ONLINE_TO - ONLINE_FROM) * progress;
        double draw = random.nextDouble();
        Channel channel = draw >= online ? Channel.COUNTER
                : draw < online * THROUGH_INTERCONNECTION ? Channel.INTERCONNECTION : Channel.ONLINE;
        int held = (int) procedure.components().stream().filter(c -> c.source().heldByState()).count();
        double reAskShare = REASKED_FROM + (REASKED_TO - REASKED_FROM) * progress;
        int reAsked = 0;
        for (int i = 0; i < held; i++) {
            reAsked += random.nextDouble() < reAskShare ? 1 : 0;
        }
        List<PlannedLeg> legs = new ArrayList<>();
        LegDefinition firstLeg = procedure.legs().stream().filter(LegDefinition::first).findFirst()
                .orElse(procedure.legs().get(0));
        PlannedLeg opening = leg(firstLeg, received, now, random);
        legs.add(opening);
        for (LegDefinition definition : procedure.legs()) {
            if (definition == firstLeg || definition.optional() && random.nextDouble() < 0.5) {
                continue;
            }
            legs.add(opening.finished() == null ? waiting(definition)
                    : opening.status() == LegStatus.REFUSED ? cancelled(definition, opening.finished())
                    : leg(definition, opening.finished(), now, random));
        }
        return new PlannedDossier(number, procedure, channel, commune, random.nextInt(Integer.MAX_VALUE), received,
                List.copyOf(legs), held, reAsked);
    }

    /** A leg started at {@code started}: handled within its limit or late, refused now and then, open if not yet ended. */
    private PlannedLeg leg(LegDefinition definition, Instant started, Instant now, SplittableRandom random) {
        Handler handler = definition.steps().get(definition.steps().size() - 1);
        Instant due = calendar.deadline(started, definition.limit()).due();
        int limitHours = Math.max(1, hours(definition.limit()));
        Instant finished = random.nextDouble() < lateShare(handler)
                ? calendar.deadline(due, TimeLimit.workingHours(1 + random.nextInt(24))).due()
                : earliest(due, calendar.deadline(started, TimeLimit.workingHours(
                        Math.max(1, (int) Math.round(limitHours * (0.2 + 0.75 * random.nextDouble()))))).due());
        if (finished.isAfter(now)) {
            return new PlannedLeg(definition, handler, LegStatus.IN_PROGRESS, started, due, null);
        }
        LegStatus status = random.nextDouble() < REFUSED ? LegStatus.REFUSED : LegStatus.COMPLETED;
        return new PlannedLeg(definition, handler, status, started, due, finished);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static PlannedLeg waiting(LegDefinition definition) {
        return new PlannedLeg(definition, definition.steps().get(0), LegStatus.WAITING, null, null, null);
    }

    private static PlannedLeg cancelled(LegDefinition definition, Instant at) {
        return new PlannedLeg(definition, definition.steps().get(0), LegStatus.CANCELLED, null, null, at);
    }

    /**
     * The share of an agency's legs that run late, fixed per agency (2 % to 13 %), so the on-time figures
     * differ between agencies as they do between the province's departments.
     */
    static double lateShare(Handler handler) {
        String key = handler.kind() == Handler.Kind.COMMUNE ? "COMMUNE" : handler.agencyCode();
        return AGENCY_LATE[Math.floorMod(key.hashCode(), AGENCY_LATE.length)];
    }

    private static int hours(TimeLimit limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> limit.amount() * 8;
            case HALF_DAYS -> limit.amount() * 4;
            case WORKING_HOURS -> limit.amount();
        };
    }

    /** A moment of the day's office hours (07:30–11:30, 13:30–16:30 in the province). */
    private static Instant officeTime(LocalDate day, SplittableRandom random) {
        int minute = random.nextInt(7 * 60);
        LocalTime time = minute < 240 ? LocalTime.of(7, 30).plusMinutes(minute)
                : LocalTime.of(13, 30).plusMinutes(minute - 240L);
        return ZonedDateTime.of(day, time, ProvinceTime.VIETNAM).toInstant();
    }

    private Procedure pick(SplittableRandom random) {
        double draw = random.nextDouble() * totalWeight;
        for (int i = 0; i < procedureWeights.length; i++) {
            draw -= procedureWeights[i];
            if (draw < 0) {
                return procedures.get(i);
            }
        }
        return procedures.get(procedures.size() - 1);
    }

    private static TreeMap<Double, String> cumulative(Map<String, Integer> communes) {
        TreeMap<Double, String> cumulative = new TreeMap<>();
        double total = 0;
        for (Map.Entry<String, Integer> commune : new TreeMap<>(communes).entrySet()) {
            if (commune.getValue() > 0) {
                total += commune.getValue();
                cumulative.put(total, commune.getKey());
            }
        }
        if (cumulative.isEmpty()) {
            throw new IllegalArgumentException("no commune with residents");
        }
        return cumulative;
    }
}
