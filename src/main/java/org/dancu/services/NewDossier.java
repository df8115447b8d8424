package org.dancu.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dancu.civil.Pin;

/**
 * A dossier as an intake channel hands it over, already checked against the catalogue.
 *
 * @param subject        the person the procedure is about (the deceased, the person moving …), or null
 *                       when the register does not know them yet (a newborn)
 * @param declaration    the declared values by field key
 * @param chosenLegs     the legs the applicant asked for (a bundle's optional legs), empty for all
 * @param filedBy        the officer's username at the counter, else null
 * @param idempotencyKey the sender's key for the signed API (a resend files nothing new), else null
 */
public record NewDossier(ProcedureCode procedure, Channel channel, Pin applicant, Pin subject, String communeCode,
                         Map<String, String> declaration, List<SuppliedComponent> components,
                         Set<String> chosenLegs, String filedBy, String idempotencyKey, Instant receivedAt) {
}
