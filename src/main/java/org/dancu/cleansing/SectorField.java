package org.dancu.cleansing;

import org.dancu.tabular.IntakeField;
import java.util.List;
import java.util.Locale;

import org.dancu.civil.CivilColumn;
import org.dancu.civil.ColumnHeaders;

/**
 * A column a sector's dataset can carry: the person fields every sector shares, then the sectors' own.
 * The key is how the field is named in mappings, exports and {@code record.extra}; a file's header
 * that reads as the key or one of the field's {@link #headers()} maps the column to the field.
 */
public enum SectorField implements IntakeField {
    FULL_NAME(CivilColumn.FULL_NAME), PIN(CivilColumn.PIN), OLD_ID(CivilColumn.OLD_ID),
    BIRTH_DATE(CivilColumn.BIRTH_DATE), SEX(CivilColumn.SEX), COMMUNE_CODE(CivilColumn.COMMUNE_CODE),
    ADDRESS(CivilColumn.ADDRESS),
    LAND_CERTIFICATE("so giay chung nhan", "so gcn", "giay chung nhan", "so gcn qsdd", "so giay chung nhan qsdd",
            "so giay chung nhan quyen su dung dat", "so so do"),
    LAND_PARCEL("thua dat", "so thua", "thua dat so", "so thua dat", "to ban do so thua", "parcel"),
    HOUSE_CERTIFICATE("so giay chung nhan nha o", "gcn nha o", "so gcn nha o", "giay chung nhan quyen so huu nha o"),
    SOCIAL_INSURANCE_NUMBER("so bhxh", "ma so bhxh", "so so bhxh", "ma bhxh", "so bao hiem xa hoi",
            "ma so bao hiem xa hoi"),
    EMPLOYER("don vi", "don vi cong tac", "noi lam viec", "ten don vi", "don vi su dung lao dong"),
    BUILDING_PERMIT("so giay phep xay dung", "giay phep xay dung", "so gpxd", "gpxd"),
    TAX_CODE("ma so thue", "mst", "ma so thue ca nhan", "tin"),
    BANK_ACCOUNT("so tai khoan", "stk", "tai khoan", "so tai khoan ngan hang", "account number"),
    BANK("ngan hang", "ten ngan hang", "ngan hang mo tai khoan"),
    SCHOOL("truong", "ten truong", "truong hoc"),
    GRADE("lop", "khoi", "khoi lop", "class");

    private final boolean person;
    private final List<String> headers;

    /** A person field: one of civil data's columns, named in files as the register's import names it. */
    SectorField(CivilColumn civil) {
        this.person = true;
        this.headers = civil.headers();
    }

    /** A sector's own field, with the header texts (reduced by {@link ColumnHeaders#key}) that name it. */
    SectorField(String... headers) {
        this.person = false;
        this.headers = List.of(headers);
    }

    /** One of the person fields every dataset shares (kept in their own columns, used for linking). */
    public boolean person() {
        return person;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The header texts besides {@link #key()} that name this field in a file. */
    @Override
    public List<String> headers() {
        return headers;
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
