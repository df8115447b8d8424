package org.dancu.services;

import java.time.Instant;

/** A dossier was filed and its workflow started. */
public record DossierFiled(DossierCode code, ProcedureCode procedure, Channel channel, String communeCode,
                           Instant receivedAt) {
}
