package org.dancu.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a citizen says about their record: each field they say is wrong with what is right, as typed,
 * and why.
 *
 * @param proposed    the fields and their right values; checked by the register's rules for each field
 * @param explanation the citizen's reason, required
 */
public record CorrectionClaim(Map<PersonField, String> proposed, String explanation) {

    /** The fields a citizen may say are wrong: who they are and where they come from and live. */
    public static final List<PersonField> FIELDS = List.of(PersonField.FAMILY_NAME, PersonField.MIDDLE_NAME,
            PersonField.GIVEN_NAME, PersonField.BIRTH_DATE, PersonField.SEX, PersonField.ETHNICITY,
            PersonField.HOME_TOWN, PersonField.BIRTH_REGISTRATION_PLACE, PersonField.ADDRESS,
            PersonField.RESIDENCE_COMMUNE_CODE, PersonField.RESIDENCE_ADDRESS, PersonField.FATHER_NAME,
            PersonField.MOTHER_NAME);

    public CorrectionClaim {
        EnumMap<PersonField, String> copy = new EnumMap<>(PersonField.class);
        proposed.forEach((field, value) -> copy.put(field, value == null || value.isBlank() ? null : value.strip()));
        proposed = Collections.unmodifiableMap(copy);
        explanation = explanation == null ? "" : explanation.strip();
    }
}
