package org.dancu.cleansing;

import java.util.Locale;

/**
 * A column a sector's dataset can carry: the person fields every sector shares, then the sectors' own.
 * The key is how the field is named in mappings, exports and {@code record.extra}.
 */
public enum SectorField {
    FULL_NAME(true), PIN(true), OLD_ID(true), BIRTH_DATE(true), SEX(true), COMMUNE_CODE(true), ADDRESS(true),
    LAND_CERTIFICATE(false), LAND_PARCEL(false), HOUSE_CERTIFICATE(false), SOCIAL_INSURANCE_NUMBER(false),
    EMPLOYER(false), BUILDING_PERMIT(false), TAX_CODE(false), BANK_ACCOUNT(false), BANK(false), SCHOOL(false),
    GRADE(false);

    private final boolean person;

    SectorField(boolean person) {
        this.person = person;
    }

    /** One of the person fields every dataset shares (kept in their own columns, used for linking). */
    public boolean person() {
        return person;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this key, or null. */
    public static SectorField ofKey(String key) {
        for (SectorField field : values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        return null;
    }
}
