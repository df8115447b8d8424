package org.dancu.register;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Records the life events that change the register and answers what a person's record said on
 * any day. Only persons in the signed-in officer's scope are touched or shown; every recording is a
 * change of personal data and goes to the audit ledger, every history shown a read. Each recording
 * publishes one of the register's domain events ({@link PersonRegistered}, {@link PersonDied},
 * {@link PersonMoved}, {@link PersonMarried}, {@link PersonDivorced}, {@link PersonCorrected}) in
 * the same transaction.
 */
public interface LifeEvents {

    /**
     * Records an event on a person, splicing it into the person's timeline at its effective date.
     *
     * @return the new event's id; empty when the person is unknown or outside the officer's scope
     * @throws LifeEventRefusedException when the event is invalid or contradicts the timeline; nothing changed
     */
    Optional<Long> record(long personId, LifeEventRequest request, String origin);

    /**
     * Registers a newborn: a new person whose first event is the birth.
     *
     * @return the new person's id
     * @throws LifeEventRefusedException when a value is invalid or the commune lies outside the officer's scope
     */
    long registerBirth(LifeEventRequest birth, String origin);

    /** The person's timeline and state on {@code asOf}; empty when unknown or out of scope. Audited as a read. */
    Optional<PersonHistory> history(long personId, LocalDate asOf, String origin);
}
