package org.dancu.services.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.services.Channel;
import org.dancu.services.ProcedureCode;

/**
 * What a channel received, before it is checked against the catalogue and the register.
 *
 * @param declaration    the declared values by component key (a death's {@code deceased-pin} among them)
 * @param results        the result code the applicant offers for a component, by component key
 * @param attachments    the files received, at most one per component
 * @param chosenLegs     the optional legs asked for (a bundle's); empty for none
 * @param filedBy        who filed it: the officer at the counter, the sender's key for the interconnection
 *                       software, null online (the applicant)
 * @param idempotencyKey the sender's key (interconnection software), else null
 */
record IntakeRequest(ProcedureCode procedure, Channel channel, Pin applicant, Map<String, String> declaration,
                     Map<String, String> results, List<Attachment> attachments, Set<String> chosenLegs,
                     String filedBy, String idempotencyKey, Instant receivedAt) {
}
