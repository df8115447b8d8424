package org.dancu.register;

import java.util.List;

/**
 * A person's record as staff see it, with the household and the relatives found within the same
 * scope. Codes are as recorded; the page resolves names.
 */
public record PersonProfile(long personId, String pin, String oldId, String fullName, String birthDate,
                            String sex, String ethnicityCode, String communeCode, String currentCommuneCode,
                            String address, String relationToHead, String maritalStatus, boolean alive,
                            String deathDate, boolean resident, List<Relative> household, List<Relative> relatives) {

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
