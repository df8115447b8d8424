package org.dancu.services;

/** How much of a procedure can be done online. */
public enum OnlineLevel {
    /** Filed, handled, paid and returned online. */
    FULL,
    /** Filed online; some part (a fee, an original, the result) at the counter. */
    PARTIAL
}
