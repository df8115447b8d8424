package org.dancu.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The programmes, each with the version of its rule in force on a date. */
public interface Programmes {

    /** Every programme with a rule in force on that date, by code. */
    List<Programme> inForce(LocalDate on);

    /** The programme with its rule in force on that date; empty when unknown or not yet in force. */
    Optional<Programme> find(ProgrammeCode code, LocalDate on);
}
