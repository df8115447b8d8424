package org.dancu.services;

import java.time.Instant;
import java.util.List;
import org.dancu.civil.Pin;

/** A dossier as pages and other modules read it; {@code rating} is 1–5 once the applicant rated it, else null. */
public record DossierView(DossierCode code, ProcedureCode procedure, Channel channel, Pin applicant, Pin subject,
                          String communeCode, DossierStatus status, Instant receivedAt, Instant due,
                          List<LegView> legs, Integer rating) {
}
