package org.dancu.linkage;

import java.util.Objects;

/**
 * One person as a dataset writes it, values as found: names in any case, with or without
 * diacritics; dates as {@code YYYY}, {@code YYYY-MM-DD} or {@code DD/MM/YYYY}; sex as M/F/Nam/Nữ;
 * old or new commune codes. Blank means unknown; null is read as blank. Only the id is required.
 */
public record PersonRecord(String id, String fullName, String pin, String oldId, String birthDate, String sex,
                           String communeCode, String address) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        fullName = blankIfNull(fullName);
        pin = blankIfNull(pin);
        oldId = blankIfNull(oldId);
        birthDate = blankIfNull(birthDate);
        sex = blankIfNull(sex);
        communeCode = blankIfNull(communeCode);
        address = blankIfNull(address);
    }

    /** Person ID and name only, the rest unknown. */
    public static PersonRecord of(String id, String fullName) {
        return new PersonRecord(id, fullName, null, null, null, null, null, null);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }

    /** Only the id: a record's values are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "PersonRecord[" + id + "]";
    }
}
