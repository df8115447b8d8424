package org.dancu.services;

import java.time.Instant;

/** A leg passed its deadline: the statutory apology with a new appointment went to the applicant. */
public record LegRunningLate(DossierCode code, String legKey, ProcedureCode procedure, String communeCode,
                             Instant newAppointment) {
}
