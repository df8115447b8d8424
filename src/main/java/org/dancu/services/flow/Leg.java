package org.dancu.services.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dancu.results.ResultCode;
import org.dancu.services.Handler;
import org.dancu.services.LegStatus;
import org.dancu.services.LegView;
import org.dancu.services.ProcedureCode;
import org.dancu.workdays.Suspension;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.WorkingCalendar;

/**
 * One leg of a {@link Dossier}: what one agency does, step by step, against its own legal clock. Its
 * state changes only through the dossier, which guards every transition; the clock is the working-day
 * calendar's deadline from the moment the leg started, over its limit plus the extensions, less the
 * days it was suspended.
 */
final class Leg {

    final String key;
    final int position;
    final ProcedureCode procedure;
    final List<Handler> steps;
    final TimeLimit limit;
    final boolean first;
    LegStatus status;
    int step;
    String assignee;
    int extensionDays;
    final List<Suspension> suspensions;
    Instant startedAt;
    Instant due;
    LocalDate suspendedOn;
    List<String> missing;
    Instant completeBy;
    boolean late;
    Instant newAppointment;
    String reason;
    ResultCode result;
    Instant finishedAt;

    Leg(String key, int position, ProcedureCode procedure, List<Handler> steps, TimeLimit limit, boolean first,
        LegStatus status, int step, String assignee, int extensionDays, List<Suspension> suspensions,
        Instant startedAt, Instant due, LocalDate suspendedOn, List<String> missing, Instant completeBy,
        boolean late, Instant newAppointment, String reason, ResultCode result, Instant finishedAt) {
        this.key = key;
        this.position = position;
        this.procedure = procedure;
        this.steps = List.copyOf(steps);
        this.limit = limit;
        this.first = first;
        this.status = status;
        this.step = step;
        this.assignee = assignee;
        this.extensionDays = extensionDays;
        this.suspensions = new ArrayList<>(suspensions);
        this.startedAt = startedAt;
        this.due = due;
        this.suspendedOn = suspendedOn;
        this.missing = missing;
        this.completeBy = completeBy;
        this.late = late;
        this.newAppointment = newAppointment;
        this.reason = reason;
        this.result = result;
        this.finishedAt = finishedAt;
    }

    /** A leg not yet started: waiting for the leg it follows. */
    static Leg waiting(String key, int position, ProcedureCode procedure, List<Handler> steps, TimeLimit limit,
                       boolean first) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a leg has at least one step: " + key);
        }
        return new Leg(key, position, procedure, steps, limit, first, LegStatus.WAITING, 0, null, 0, List.of(),
                null, null, null, null, null, false, null, null, null, null);
    }

    Handler handler() {
        return steps.get(step);
    }

    boolean lastStep() {
        return step == steps.size() - 1;
    }

    boolean open() {
        return status == LegStatus.IN_PROGRESS || status == LegStatus.SUSPENDED;
    }

    boolean ended() {
        return status == LegStatus.COMPLETED || status == LegStatus.REFUSED || status == LegStatus.CANCELLED;
    }

    /** The clock starts now. */
    void start(Instant at, WorkingCalendar calendar) {
        status = LegStatus.IN_PROGRESS;
        startedAt = at;
        recomputeDue(calendar);
    }

    void recomputeDue(WorkingCalendar calendar) {
        TimeLimit extended = extensionDays == 0 ? limit : limit.plusWorkingDays(extensionDays);
        due = calendar.deadline(startedAt, extended, suspensions).due();
    }

    void finish(LegStatus end, Instant at) {
        status = end;
        finishedAt = at;
        assignee = null;
        suspendedOn = null;
        missing = null;
        completeBy = null;
    }

    /** Late: its apology was sent, or it ended after its deadline. */
    boolean wasLate() {
        return late || finishedAt != null && due != null && finishedAt.isAfter(due);
    }

    LegView view() {
        return new LegView(key, procedure, status, handler(), step, assignee, due, wasLate(), reason, result,
                finishedAt);
    }
}
