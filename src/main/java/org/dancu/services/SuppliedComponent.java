package org.dancu.services;

/**
 * A component as the dossier carries it.
 *
 * @param reference  the result code ({@link ComponentSource#RESULT}) or the stored upload's id
 *                   ({@link ComponentSource#UPLOAD}); null for the register and declarations
 * @param reAsked    the applicant supplied what the state already held (counted in the re-ask rate)
 */
public record SuppliedComponent(String key, ComponentSource source, String reference, boolean reAsked) {
}
