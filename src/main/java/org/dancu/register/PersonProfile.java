package org.dancu.register;

import java.util.List;

/**
 * A person's record as staff see it, with the household and the relatives found within the same
 * scope. Codes are as recorded; the page resolves names. Residences: {@code communeCode} and
 * {@code address} are the permanent residence ({@code currentCommuneCode} its commune in the
 * post-2025 hierarchy), then the temporary residence and the current place of residence. Phone and
 * e-mail are decrypted only for the roles that keep population data, and null for everyone else.
 */
public record PersonProfile(long personId, String pin, String oldId, String fullName, String otherNames,
                            String birthDate, String sex, String ethnicityCode, String religion, String nationality,
                            String birthRegistrationPlace, String homeTown, String communeCode,
                            String currentCommuneCode, String address, String temporaryCommuneCode,
                            String temporaryAddress, String residenceCommuneCode, String residenceAddress,
                            Long householdId, String relationToHead, String maritalStatus, String fatherPin,
                            String fatherName, String motherPin, String motherName, String spousePin,
                            String spouseName, boolean alive, String deathDate, boolean resident, String phone,
                            String email, List<Relative> household, List<Relative> relatives) {

    public PersonProfile {
        household = List.copyOf(household);
        relatives = List.copyOf(relatives);
    }

    /**
     * Another person of the register linked to this one.
     *
     * @param relation the relation to the head (household members) or FATHER / MOTHER / SPOUSE
     */
    public record Relative(long personId, String pin, String fullName, String birthDate, String relation) {
    }
}
