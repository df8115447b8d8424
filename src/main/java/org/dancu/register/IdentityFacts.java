package org.dancu.register;

/**
 * The identifying facts of one person as the register holds them, for comparison with what another
 * system holds (verification by partner agencies, reconciliation with the national database).
 * Codes are as recorded (the current commune is the post-2025 commune of the residence); the birth
 * date is the recorded text (year, year-month or full date); {@code resident} is false for persons
 * who moved out of the province.
 */
public record IdentityFacts(long personId, String pin, String familyName, String middleName, String givenName,
                          String fullName, String birthDate, String sex, String ethnicity, String nationality,
                          String communeCode, String currentCommuneCode, String address, boolean alive,
                          boolean resident, String deathDate) {
}
