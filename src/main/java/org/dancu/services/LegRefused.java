package org.dancu.services;

/** A leg was refused with a reason the applicant reads. */
public record LegRefused(DossierCode code, String legKey, ProcedureCode procedure, String reason) {
}
