package org.dancu.register;

/**
 * The identifying facts of one person as the register holds them, for comparison with what another
 * system holds (verification by partner agencies, reconciliation with the national database).
 * Codes are as recorded; the birth date is the recorded text (year, year-month or full date).
 */
public record IdentityFacts(long personId, String pin, String familyName, String middleName, String givenName,
                          String fullName, String birthDate, String sex, String ethnicity, String nationality,
                          String communeCode, String address, boolean alive, String deathDate) {
}
