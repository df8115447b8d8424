package org.dancu.results.digitising;

import java.util.List;
import java.util.Map;

import org.dancu.results.ResultType;
import org.dancu.results.digitising.reading.FormFields;
import org.dancu.results.digitising.reading.FormKind;

/**
 * The kinds of paper record a register book holds: each is issued as a result of its type, by the
 * agency that keeps such records, on their legal basis, to the people it names as holders.
 */
public enum RecordType {
    LAND_USE_CERTIFICATE(ResultType.LAND_USE_CERTIFICATE, FormKind.LAND_USE_CERTIFICATE, "SO_NNMT", "Luật Đất đai 2024; Thông tư 10/2024/TT-BTNMT",
            List.of(PersonFields.holder(FormFields.OWNER_1_ID, FormFields.OWNER_1_NAME, null, null),
                    PersonFields.holder(FormFields.OWNER_2_ID, FormFields.OWNER_2_NAME, null, null))),
    BIRTH_EXTRACT(ResultType.BIRTH_EXTRACT, FormKind.BIRTH_REGISTER_EXTRACT, "SO_TP", "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
            List.of(PersonFields.holder(null, FormFields.NAME, FormFields.BIRTH_DATE, FormFields.SEX),
                    PersonFields.named(FormFields.FATHER_NAME), PersonFields.named(FormFields.MOTHER_NAME)));

    private final ResultType resultType;
    private final FormKind form;
    private final String agencyCode;
    private final String legalBasis;
    private final List<PersonFields> persons;

    RecordType(ResultType resultType, FormKind form, String agencyCode, String legalBasis, List<PersonFields> persons) {
        this.resultType = resultType;
        this.form = form;
        this.agencyCode = agencyCode;
        this.legalBasis = legalBasis;
        this.persons = persons;
    }

    public ResultType resultType() {
        return resultType;
    }

    /** Is a page read as this form one of this type's records? */
    boolean reads(FormKind kind) {
        return form == kind;
    }

    /** The agency that keeps such records and issues them as results (security's agency code). */
    public String agencyCode() {
        return agencyCode;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The people such a record names, by the fields that name them. */
    List<PersonFields> persons() {
        return persons;
    }

    /** The words for the type in the results bundle. */
    public String messageKey() {
        return "results.digitising.type." + name();
    }

    /** The fields naming one person on a form; null where the form has no such field. */
    record PersonFields(boolean holder, String id, String name, String birthDate, String sex) {

        static PersonFields holder(String id, String name, String birthDate, String sex) {
            return new PersonFields(true, id, name, birthDate, sex);
        }

        static PersonFields named(String name) {
            return new PersonFields(false, null, name, null, null);
        }

        PersonLinks.NamedPerson from(Map<String, String> values) {
            return new PersonLinks.NamedPerson(holder, value(values, id), value(values, name),
                    value(values, birthDate), value(values, sex));
        }

        private static String value(Map<String, String> values, String field) {
            String value = field == null ? null : values.get(field);
            return value == null ? "" : value.strip();
        }
    }
}
