package org.dancu.services;

/** A leg completed; {@code onTime} when before its (moved) deadline. */
public record LegCompleted(DossierCode code, String legKey, ProcedureCode procedure, String communeCode,
                           boolean onTime) {
}
