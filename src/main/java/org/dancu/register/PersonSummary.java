package org.dancu.register;

/**
 * One row of a search result. The PIN is complete: the page decides how much of it to show.
 *
 * @param communeCode        the permanent residence's commune as recorded (old or new code)
 * @param currentCommuneCode that commune in the current (post-2025) hierarchy
 */
public record PersonSummary(long personId, String pin, String fullName, String birthDate, String sex,
                            String communeCode, String currentCommuneCode) {
}
