package org.dancu.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The procedure catalogue, effective-dated. */
public interface Procedures {

    /** Every procedure in effect on {@code on}, the essential ones first in their order. */
    List<Procedure> all(LocalDate on);

    /** The procedure as in effect on {@code on}, or empty when unknown or not in effect. */
    Optional<Procedure> find(ProcedureCode code, LocalDate on);
}
