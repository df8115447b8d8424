package org.dancu.results;

/** How a result entered the register: issued at the end of a procedure, or digitised from an old paper record. */
public enum Provenance {
    ISSUED,
    DIGITISED_FROM_PAPER
}
