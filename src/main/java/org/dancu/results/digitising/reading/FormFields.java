package org.dancu.results.digitising.reading;

import java.util.List;

/**
 * The names of the fields read from each form, in the order a {@link FormReading} gives them: the names the results
 * register prints them under ({@code results.field.<name>}), so a digitised result reads as an issued one.
 */
public final class FormFields {

    /** Land-use right certificate: the serial (số phát hành), 2 letters and 8 digits. */
    public static final String SERIAL = "certificate-serial";
    public static final String PARCEL_NUMBER = "parcel-number";
    public static final String MAP_SHEET = "map-sheet";
    /** In m², with the decimal comma as printed ("245,6"). */
    public static final String AREA = "area";
    public static final String OWNER_1_NAME = "owner-1-name";
    public static final String OWNER_1_ID = "owner-1-id";
    public static final String OWNER_2_NAME = "owner-2-name";
    public static final String OWNER_2_ID = "owner-2-id";
    /** The commune as printed ("Xã Thanh Xương"): of the parcel, or where the birth was registered. */
    public static final String COMMUNE = "commune";

    /** Birth register extract. */
    public static final String NAME = "full-name";
    /** dd/MM/yyyy. */
    public static final String BIRTH_DATE = "birth-date";
    /** As printed: "Nam" or "Nữ". */
    public static final String SEX = "sex";
    public static final String FATHER_NAME = "father-name";
    public static final String MOTHER_NAME = "mother-name";
    /** The register book (quyển số), e.g. "02/2015". */
    public static final String REGISTER_BOOK = "register-book";
    /** The entry's number in the book (số). */
    public static final String ENTRY_NUMBER = "entry-number";

    private FormFields() {
    }

    public static List<String> of(FormKind kind) {
        return KnownForms.of(kind).fields().stream().map(FieldSpec::name).toList();
    }
}
