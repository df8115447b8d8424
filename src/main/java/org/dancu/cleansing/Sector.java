package org.dancu.cleansing;

import org.dancu.tabular.FieldSchema;
import static org.dancu.cleansing.SectorField.ADDRESS;
import static org.dancu.cleansing.SectorField.BANK;
import static org.dancu.cleansing.SectorField.BANK_ACCOUNT;
import static org.dancu.cleansing.SectorField.BIRTH_DATE;
import static org.dancu.cleansing.SectorField.BUILDING_PERMIT;
import static org.dancu.cleansing.SectorField.EMPLOYER;
import static org.dancu.cleansing.SectorField.FULL_NAME;
import static org.dancu.cleansing.SectorField.GRADE;
import static org.dancu.cleansing.SectorField.HOUSE_CERTIFICATE;
import static org.dancu.cleansing.SectorField.LAND_CERTIFICATE;
import static org.dancu.cleansing.SectorField.LAND_PARCEL;
import static org.dancu.cleansing.SectorField.PIN;
import static org.dancu.cleansing.SectorField.SCHOOL;
import static org.dancu.cleansing.SectorField.SEX;
import static org.dancu.cleansing.SectorField.SOCIAL_INSURANCE_NUMBER;
import static org.dancu.cleansing.SectorField.TAX_CODE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The sectors whose data Project 06 links to citizens, each with its schema: the shared person
 * fields, its own fields, and the fields a record must have to count as complete.
 */
public enum Sector implements FieldSchema<SectorField> {
    LAND(List.of(LAND_CERTIFICATE, LAND_PARCEL), Set.of(FULL_NAME, PIN, BIRTH_DATE, LAND_CERTIFICATE, LAND_PARCEL)),
    HOUSING(List.of(HOUSE_CERTIFICATE), Set.of(FULL_NAME, PIN, BIRTH_DATE, ADDRESS, HOUSE_CERTIFICATE)),
    LABOUR(List.of(SOCIAL_INSURANCE_NUMBER, EMPLOYER), Set.of(FULL_NAME, PIN, BIRTH_DATE, SEX,
            SOCIAL_INSURANCE_NUMBER)),
    CONSTRUCTION(List.of(BUILDING_PERMIT), Set.of(FULL_NAME, PIN, BUILDING_PERMIT)),
    TAX(List.of(TAX_CODE), Set.of(FULL_NAME, PIN, TAX_CODE)),
    BANKING(List.of(BANK_ACCOUNT, BANK), Set.of(FULL_NAME, PIN, BIRTH_DATE, BANK_ACCOUNT)),
    EDUCATION(List.of(SCHOOL, GRADE), Set.of(FULL_NAME, PIN, BIRTH_DATE, SEX, SCHOOL, GRADE));

    private final List<SectorField> fields;
    private final Set<SectorField> required;

    Sector(List<SectorField> own, Set<SectorField> required) {
        List<SectorField> all = new ArrayList<>();
        for (SectorField field : SectorField.values()) {
            if (field.person()) {
                all.add(field);
            }
        }
        all.addAll(own);
        this.fields = Collections.unmodifiableList(all);
        this.required = Set.copyOf(required);
    }

    /** Every field of the schema: person fields first, then the sector's own. */
    @Override
    public List<SectorField> fields() {
        return fields;
    }

    /** The sector's own fields, kept in a record's {@code extra}. */
    public List<SectorField> ownFields() {
        return fields.stream().filter(field -> !field.person()).toList();
    }

    @Override
    public boolean requires(SectorField field) {
        return required.contains(field);
    }

    /** The required fields in schema order. */
    public List<SectorField> requiredFields() {
        return fields.stream().filter(required::contains).toList();
    }
}
