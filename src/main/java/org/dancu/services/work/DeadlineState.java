package org.dancu.services.work;

import java.time.Instant;

import org.dancu.services.LegStatus;

/**
 * How near an open leg is to its deadline, as the queue colours it: past it (red), within a working day
 * of it (amber), in time (green), or with its clock stopped while the applicant completes the dossier (grey).
 */
enum DeadlineState {
    OVERDUE("bad"), SOON("warn"), IN_TIME("ok"), STOPPED("muted");

    private final String badge;

    DeadlineState(String badge) {
        this.badge = badge;
    }

    /** The badge class of the colour. */
    public String badge() {
        return badge;
    }

    /** The words' key in the services bundle. */
    public String messageKey() {
        return "services.work.deadline." + name();
    }

    /**
     * The state of a leg at {@code now}; {@code soon} is a working day later on the working-day calendar.
     * Null for a leg that is not open.
     */
    static DeadlineState of(LegStatus status, Instant due, Instant now, Instant soon) {
        if (status == LegStatus.SUSPENDED) {
            return STOPPED;
        }
        if (status != LegStatus.IN_PROGRESS || due == null) {
            return null;
        }
        return due.isBefore(now) ? OVERDUE : due.isBefore(soon) ? SOON : IN_TIME;
    }

    /** The state a filter names in the address, or null for any. */
    static DeadlineState parse(String text) {
        for (DeadlineState state : values()) {
            if (state.name().equalsIgnoreCase(text)) {
                return state;
            }
        }
        return null;
    }
}
