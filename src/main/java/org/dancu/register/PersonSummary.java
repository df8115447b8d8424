package org.dancu.register;

/** One row of a search result. The PIN is complete: the page decides how much of it to show. */
public record PersonSummary(long personId, String pin, String fullName, String birthDate, String sex,
                            String communeCode) {
}
