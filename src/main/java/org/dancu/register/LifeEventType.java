package org.dancu.register;

/** The life events that change the register. */
public enum LifeEventType {
    /** Registers a new person; always the first event of the person's timeline. */
    BIRTH,
    DEATH,
    /** Into the province, for a person recorded as not resident. */
    MOVE_IN,
    /** Out of the province: the person stays in the register, marked not resident. */
    MOVE_OUT,
    /** To another address or commune within the province. */
    MOVE_WITHIN,
    MARRIAGE,
    DIVORCE,
    /** Corrects one named field ({@link PersonField#correctable()}). */
    CORRECTION
}
