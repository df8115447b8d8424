package org.dancu.register;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.dancu.civil.Pin;

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

    /**
     * Registers a newborn with a personal ID: the birth is checked first, then {@code personalId} is
     * asked for the child's ID with the checked values (the national database assigns it), and the
     * person is written holding it, all in one transaction. A refused birth asks for no ID.
     *
     * @return the new person's id
     * @throws LifeEventRefusedException when a value is invalid, the commune lies outside the officer's
     *                                   scope, or the ID disagrees with the child's sex or birth year or is
     *                                   already held; nothing changed
     */
    long registerBirth(LifeEventRequest birth, Function<LifeEventRequest, Pin> personalId, String origin);

    /**
     * Registers a person the register lacks (a resident no file brought in), as one row of an import
     * would: the same rules for every field, the personal ID consistent with sex and birth year and not
     * yet in the register, the commune in the officer's scope; the first event is a REGISTRATION on
     * {@code registration.effectiveDate()}, its values the person's fields ({@code BIRTH_DATE} among them).
     *
     * @return the new person's id
     * @throws LifeEventRefusedException naming every field with a problem; nothing changed
     */
    long registerPerson(String pin, LifeEventRequest registration, String origin);

    /**
     * Founds a household headed by a person in scope, at the commune and address of {@code move} (a
     * MOVE_WITHIN, the event that sets a person's household), which the head is recorded as moving
     * into as its head. Members join later by a MOVE_WITHIN naming the household.
     *
     * @return the new household's id; empty when the person is unknown or outside the officer's scope
     * @throws LifeEventRefusedException when the move is refused or the commune lies outside the scope
     */
    Optional<Long> foundHousehold(long headPersonId, LifeEventRequest move, String origin);

    /** May the signed-in staff member record events at all (province and commune officers)? */
    boolean mayRecord();

    /** The person's timeline and state on {@code asOf}; empty when unknown or out of scope. Audited as a read. */
    Optional<PersonHistory> history(long personId, LocalDate asOf, String origin);
}
