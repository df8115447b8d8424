package org.dancu.register;

import java.util.Locale;

/**
 * A field of a person's record that life events set. The register keeps each field's history
 * through the events; its name in lower case is the column of {@code register.person} and the key
 * in an event's {@code sets} and {@code replaced}. Phone and e-mail are not here: contact details
 * are kept encrypted on the person only, never copied into the history.
 */
public enum PersonField {
    FAMILY_NAME(true), MIDDLE_NAME(true), GIVEN_NAME(true), OTHER_NAMES(true), BIRTH_DATE(true), SEX(true),
    ETHNICITY(true), RELIGION(true), NATIONALITY(true), BIRTH_REGISTRATION_PLACE(true), HOME_TOWN(true),
    COMMUNE_CODE(false), ADDRESS(true), TEMPORARY_COMMUNE_CODE(true), TEMPORARY_ADDRESS(true),
    RESIDENCE_COMMUNE_CODE(true), RESIDENCE_ADDRESS(true), HOUSEHOLD_ID(false), RELATION_TO_HEAD(true),
    MARITAL_STATUS(true), FATHER_PIN(true), FATHER_NAME(true), MOTHER_PIN(true), MOTHER_NAME(true),
    SPOUSE_PIN(false), SPOUSE_NAME(false), ALIVE(false), DEATH_DATE(false), RESIDENT(false);

    private final boolean correctable;

    PersonField(boolean correctable) {
        this.correctable = correctable;
    }

    /**
     * May a {@link LifeEventType#CORRECTION} set it? The permanent commune, household, spouse, death
     * and residence status change only through the events that mean them (moves, marriage, death).
     */
    public boolean correctable() {
        return correctable;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field whose column is given, or null. */
    public static PersonField ofColumn(String column) {
        for (PersonField field : values()) {
            if (field.column().equals(column)) {
                return field;
            }
        }
        return null;
    }
}
