package org.dancu.services;

/** Every leg of a dossier reached an end; {@code status} says how it ended. */
public record DossierClosed(DossierCode code, ProcedureCode procedure, DossierStatus status) {
}
