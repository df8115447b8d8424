package org.dancu.linkage;

import java.util.Objects;

/**
 * One person as a dataset writes it, values as found: names in any case, with or without
 * diacritics; dates as {@code YYYY}, {@code YYYY-MM-DD} or {@code DD/MM/YYYY}; sex as M/F/Nam/Nữ;
 * old or new commune codes; the ethnicity as its code; the parents' names as written. Blank means
 * unknown; null is read as blank. Only the id is required.
 */
public record PersonRecord(String id, String fullName, String pin, String oldId, String birthDate, String sex,
                           String communeCode, String address, String ethnicity, String fatherName,
                           String motherName) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        fullName = blankIfNull(fullName);
        pin = blankIfNull(pin);
        oldId = blankIfNull(oldId);
        birthDate = blankIfNull(birthDate);
        sex = blankIfNull(sex);
        communeCode = blankIfNull(communeCode);
        address = blankIfNull(address);
        ethnicity = blankIfNull(ethnicity);
        fatherName = blankIfNull(fatherName);
        motherName = blankIfNull(motherName);
    }

    /** Without ethnicity and parents' names, which most sectoral datasets do not carry. */
    public PersonRecord(String id, String fullName, String pin, String oldId, String birthDate, String sex,
                        String communeCode, String address) {
        this(id, fullName, pin, oldId, birthDate, sex, communeCode, address, null, null, null);
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
