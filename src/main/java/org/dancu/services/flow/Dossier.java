package org.dancu.services.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.results.ResultCode;
import org.dancu.services.Channel;
import org.dancu.services.DossierClosed;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierFiled;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStateException;
import org.dancu.services.DossierStatus;
import org.dancu.services.DossierView;
import org.dancu.services.LegCompleted;
import org.dancu.services.LegDefinition;
import org.dancu.services.LegRefused;
import org.dancu.services.LegRunningLate;
import org.dancu.services.LegStatus;
import org.dancu.services.NewDossier;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.SuppliedComponent;
import org.dancu.workdays.Suspension;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.WorkingCalendar;

/**
 * A dossier and its legs, the aggregate every change to a case goes through. Each transition is a
 * method that throws {@link DossierStateException} from the wrong state (nothing changes) and
 * registers a past-tense event and a timeline entry, which {@link DossierRepository#save} stores and
 * publishes. A bundle's first leg (civil status) runs alone; when it completes the others start in
 * parallel, each on its own clock; when it is refused they are cancelled. When every leg has ended the
 * dossier closes as completed, refused or partly completed.
 */
final class Dossier {

    /** The system component that acts when no person does (timers). */
    static final String SYSTEM = "system.services";

    private final DossierCode code;
    private final long version;
    private final ProcedureCode procedure;
    private final Channel channel;
    private final Pin applicant;
    private final Pin subject;
    private final String communeCode;
    private final Instant receivedAt;
    private final Map<String, String> declaration;
    private final List<SuppliedComponent> components;
    private final String filedBy;
    private final String idempotencyKey;
    private final List<Leg> legs;
    private DossierStatus status;
    private String processId;
    private Instant closedAt;
    private Integer rating;
    private Instant ratedAt;
    private final List<Object> events = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();

    Dossier(DossierCode code, long version, ProcedureCode procedure, Channel channel, Pin applicant, Pin subject,
            String communeCode, Instant receivedAt, Map<String, String> declaration,
            List<SuppliedComponent> components, String filedBy, String idempotencyKey, List<Leg> legs,
            DossierStatus status, String processId, Instant closedAt, Integer rating, Instant ratedAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.version = version;
        this.procedure = procedure;
        this.channel = channel;
        this.applicant = applicant;
        this.subject = subject;
        this.communeCode = communeCode;
        this.receivedAt = receivedAt;
        this.declaration = Map.copyOf(declaration);
        this.components = List.copyOf(components);
        this.filedBy = filedBy;
        this.idempotencyKey = idempotencyKey;
        this.legs = legs.stream().sorted(Comparator.comparingInt(l -> l.position)).toList();
        this.status = status;
        this.processId = processId;
        this.closedAt = closedAt;
        this.rating = rating;
        this.ratedAt = ratedAt;
    }

    /**
     * A new dossier of the procedure: its legs (the optional ones only when chosen), the first leg's
     * clock started at reception, the others waiting for it; a procedure with no first leg starts all.
     *
     * @throws DossierRefusedException when a chosen leg is not one of the procedure's
     */
    static Dossier file(DossierCode code, NewDossier dossier, Procedure procedure, WorkingCalendar calendar) {
        Set<String> chosen = dossier.chosenLegs() == null ? Set.of() : dossier.chosenLegs();
        for (String key : chosen) {
            if (procedure.legs().stream().noneMatch(l -> l.key().equals(key))) {
                throw new DossierRefusedException("services.dossier.refused.unknown-leg", key);
            }
        }
        List<Leg> legs = new ArrayList<>();
        for (LegDefinition definition : procedure.legs()) {
            if (!definition.optional() || chosen.isEmpty() || chosen.contains(definition.key())) {
                legs.add(Leg.waiting(definition.key(), legs.size(), definition.procedure(), definition.steps(),
                        definition.limit(), definition.first()));
            }
        }
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("procedure " + procedure.code() + " has no legs");
        }
        boolean anyFirst = legs.stream().anyMatch(l -> l.first);
        for (Leg leg : legs) {
            if (leg.first || !anyFirst) {
                leg.start(dossier.receivedAt(), calendar);
            }
        }
        Dossier filed = new Dossier(code, 0, procedure.code(), dossier.channel(), dossier.applicant(),
                dossier.subject(), dossier.communeCode(), dossier.receivedAt(),
                dossier.declaration() == null ? Map.of() : dossier.declaration(),
                dossier.components() == null ? List.of() : dossier.components(), dossier.filedBy(),
                dossier.idempotencyKey(), legs, DossierStatus.IN_PROGRESS, null, null, null, null);
        filed.events.add(new DossierFiled(code, procedure.code(), dossier.channel(), dossier.communeCode(),
                dossier.receivedAt()));
        filed.timeline.add(new TimelineEntry(null, dossier.receivedAt(), dossier.filedBy(), "filed", null));
        return filed;
    }

    /** The workflow engine's process now carries the dossier. */
    void carriedBy(String processInstanceId) {
        if (processId != null) {
            throw new DossierStateException("services.dossier.state.already-started", code);
        }
        processId = processInstanceId;
    }

    /**
     * The officer completes the leg's current step; the last step completes the leg (with the result it
     * issued, or null), which in a bundle starts the legs waiting for it.
     *
     * @return true when the leg completed, false when it moved on to its next step
     */
    boolean completeStep(String legKey, String officer, Instant at, ResultCode result, WorkingCalendar calendar) {
        Leg leg = inStatus(legKey, LegStatus.IN_PROGRESS);
        if (!leg.lastStep()) {
            leg.step++;
            leg.assignee = null;
            timeline.add(new TimelineEntry(legKey, at, officer, "step-done", null));
            return false;
        }
        boolean onTime = !at.isAfter(leg.due);
        leg.result = result;
        leg.finish(LegStatus.COMPLETED, at);
        events.add(new LegCompleted(code, legKey, leg.procedure, communeCode, onTime));
        timeline.add(new TimelineEntry(legKey, at, officer, "completed", result == null ? null : result.value()));
        if (leg.first) {
            legs.stream().filter(l -> l.status == LegStatus.WAITING).forEach(l -> l.start(at, calendar));
        }
        afterChange(at);
        return true;
    }

    /** The officer refuses the leg with a reason the applicant reads; a refused first leg cancels the waiting ones. */
    void refuse(String legKey, String reason, String actor, Instant at) {
        Leg leg = open(legKey);
        leg.reason = reason;
        leg.finish(LegStatus.REFUSED, at);
        events.add(new LegRefused(code, legKey, leg.procedure, reason));
        timeline.add(new TimelineEntry(legKey, at, actor, "refused", reason));
        if (leg.first) {
            for (Leg other : legs) {
                if (other.status == LegStatus.WAITING) {
                    other.finish(LegStatus.CANCELLED, at);
                    timeline.add(new TimelineEntry(other.key, at, actor, "cancelled", null));
                }
            }
        }
        afterChange(at);
    }

    /**
     * The leg waits for the applicant's missing items: its clock stops from today (in the calendar's
     * zone) until it resumes, and the applicant must supply them by {@code completeBy}.
     */
    void suspend(String legKey, List<String> missing, String note, String officer, Instant at, Instant completeBy,
                 ZoneId zone) {
        if (missing == null || missing.isEmpty()) {
            throw new DossierRefusedException("services.dossier.refused.nothing-missing");
        }
        Leg leg = inStatus(legKey, LegStatus.IN_PROGRESS);
        leg.status = LegStatus.SUSPENDED;
        leg.suspendedOn = LocalDate.ofInstant(at, zone);
        leg.missing = List.copyOf(missing);
        leg.completeBy = completeBy;
        leg.reason = note;
        timeline.add(new TimelineEntry(legKey, at, officer, "suspended", String.join(", ", missing)));
        afterChange(at);
    }

    /** The missing items arrived: the clock runs again, its deadline moved by the working days it stood still. */
    void resume(String legKey, String officer, Instant at, WorkingCalendar calendar, ZoneId zone) {
        Leg leg = inStatus(legKey, LegStatus.SUSPENDED);
        LocalDate lastStopped = LocalDate.ofInstant(at, zone).minusDays(1);
        if (!lastStopped.isBefore(leg.suspendedOn)) {
            leg.suspensions.add(new Suspension(leg.suspendedOn, lastStopped));
        }
        leg.status = LegStatus.IN_PROGRESS;
        leg.suspendedOn = null;
        leg.missing = null;
        leg.completeBy = null;
        leg.reason = null;
        leg.recomputeDue(calendar);
        timeline.add(new TimelineEntry(legKey, at, officer, "resumed", null));
        afterChange(at);
    }

    /** The applicant did not supply the missing items in time: the leg is refused for it, with that reason in words. */
    void expireSuspension(String legKey, Instant at, String reason) {
        Leg leg = inStatus(legKey, LegStatus.SUSPENDED);
        if (at.isBefore(leg.completeBy)) {
            throw new DossierStateException("services.dossier.state.not-expired", code, legKey);
        }
        refuse(legKey, reason, SYSTEM, at);
    }

    /**
     * The leg's time limit grows by working days.
     *
     * @throws DossierRefusedException when the days are not positive or the limit is in hours
     */
    void extend(String legKey, int workingDays, String reason, String officer, Instant at, WorkingCalendar calendar) {
        if (workingDays <= 0) {
            throw new DossierRefusedException("services.dossier.refused.extension-days");
        }
        Leg leg = open(legKey);
        if (leg.limit.unit() == TimeLimit.Unit.WORKING_HOURS) {
            throw new DossierRefusedException("services.dossier.refused.extension-hours");
        }
        leg.extensionDays += workingDays;
        if (leg.status == LegStatus.IN_PROGRESS) {
            leg.recomputeDue(calendar);
        }
        timeline.add(new TimelineEntry(legKey, at, officer, "extended", workingDays + ": " + reason));
    }

    /**
     * The leg's clock ran out: the statutory apology with a new appointment goes to the applicant. Once
     * per leg; it throws when the leg is not open and past its deadline, or the apology was already made.
     */
    void runLate(String legKey, Instant at, Instant newAppointment) {
        Leg leg = inStatus(legKey, LegStatus.IN_PROGRESS);
        if (leg.late || !at.isAfter(leg.due)) {
            throw new DossierStateException("services.dossier.state.not-late", code, legKey);
        }
        leg.late = true;
        leg.newAppointment = newAppointment;
        events.add(new LegRunningLate(code, legKey, leg.procedure, communeCode, newAppointment));
        timeline.add(new TimelineEntry(legKey, at, SYSTEM, "late", null));
    }

    /** Is the leg open, past its deadline, without its apology yet? */
    boolean overdue(String legKey, Instant at) {
        Leg leg = leg(legKey);
        return leg.status == LegStatus.IN_PROGRESS && !leg.late && at.isAfter(leg.due);
    }

    /** Gives the open leg to an officer, or back to its handlers' common queue (null). */
    void reassign(String legKey, String username, String actor, Instant at) {
        Leg leg = open(legKey);
        leg.assignee = username;
        timeline.add(new TimelineEntry(legKey, at, actor, username == null ? "unassigned" : "assigned", username));
    }

    /** The applicant rates the handling of the ended dossier, once. */
    void rate(Pin by, int stars, Instant at) {
        if (!applicant.equals(by)) {
            throw new DossierStateException("services.dossier.state.not-applicant", code);
        }
        if (closedAt == null) {
            throw new DossierStateException("services.dossier.state.not-ended", code);
        }
        if (rating != null) {
            throw new DossierStateException("services.dossier.state.already-rated", code);
        }
        if (stars < 1 || stars > 5) {
            throw new DossierRefusedException("services.dossier.refused.stars");
        }
        rating = stars;
        ratedAt = at;
        timeline.add(new TimelineEntry(null, at, null, "rated", String.valueOf(stars)));
    }

    private void afterChange(Instant at) {
        if (legs.stream().allMatch(Leg::ended)) {
            boolean anyCompleted = legs.stream().anyMatch(l -> l.status == LegStatus.COMPLETED);
            boolean anyRefused = legs.stream().anyMatch(l -> l.status == LegStatus.REFUSED);
            status = !anyCompleted ? DossierStatus.REFUSED
                    : anyRefused ? DossierStatus.PARTLY_COMPLETED : DossierStatus.COMPLETED;
            closedAt = at;
            events.add(new DossierClosed(code, procedure, status));
            timeline.add(new TimelineEntry(null, at, SYSTEM, "closed", status.name()));
        } else {
            status = legs.stream().anyMatch(l -> l.status == LegStatus.SUSPENDED)
                    ? DossierStatus.SUSPENDED : DossierStatus.IN_PROGRESS;
        }
    }

    private Leg open(String legKey) {
        Leg leg = leg(legKey);
        if (!leg.open()) {
            throw new DossierStateException("services.dossier.state.leg", code, legKey, leg.status);
        }
        return leg;
    }

    private Leg inStatus(String legKey, LegStatus expected) {
        Leg leg = leg(legKey);
        if (leg.status != expected) {
            throw new DossierStateException("services.dossier.state.leg", code, legKey, leg.status);
        }
        return leg;
    }

    Leg leg(String legKey) {
        return legs.stream().filter(l -> l.key.equals(legKey)).findFirst()
                .orElseThrow(() -> new DossierRefusedException("services.dossier.refused.no-leg", code, legKey));
    }

    DossierView view() {
        Instant due = legs.stream().map(l -> l.due).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        return new DossierView(code, procedure, channel, applicant, subject, communeCode, status, receivedAt, due,
                legs.stream().map(Leg::view).toList(), rating);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    List<TimelineEntry> newTimeline() {
        return List.copyOf(timeline);
    }

    void clearChanges() {
        events.clear();
        timeline.clear();
    }

    DossierCode code() {
        return code;
    }

    long version() {
        return version;
    }

    ProcedureCode procedure() {
        return procedure;
    }

    Channel channel() {
        return channel;
    }

    Pin applicant() {
        return applicant;
    }

    Pin subject() {
        return subject;
    }

    String communeCode() {
        return communeCode;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Map<String, String> declaration() {
        return declaration;
    }

    List<SuppliedComponent> components() {
        return components;
    }

    String filedBy() {
        return filedBy;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    List<Leg> legs() {
        return legs;
    }

    DossierStatus status() {
        return status;
    }

    String processId() {
        return processId;
    }

    Instant closedAt() {
        return closedAt;
    }

    Integer rating() {
        return rating;
    }

    Instant ratedAt() {
        return ratedAt;
    }

    /** What happened, for the timeline: a kind (a key under {@code services.timeline.}) and a note. */
    record TimelineEntry(String legKey, Instant at, String actor, String kind, String note) {
    }
}
