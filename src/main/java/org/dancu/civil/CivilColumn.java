package org.dancu.civil;

import java.util.List;
import java.util.Locale;

/**
 * The columns of civil data that files about people carry, with the header texts (Vietnamese or
 * English, written as {@link ColumnHeaders#key} reduces them) that Vietnamese offices and other
 * systems head them with. Every import of such a file recognises its columns from here.
 */
public enum CivilColumn {
    PIN("so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "so cccd", "cccd", "can cuoc cong dan",
            "so can cuoc", "personal id", "id number", "national id"),
    FULL_NAME("ho va ten", "ho ten", "ten", "full name", "name"),
    BIRTH_DATE("ngay sinh", "ngay thang nam sinh", "ngay sinh dd mm yyyy", "birth date", "date of birth", "dob"),
    SEX("gioi tinh", "gioi", "gender"),
    COMMUNE_CODE("ma xa", "ma xa phuong", "ma phuong xa", "ma don vi hanh chinh", "ma dvhc", "ma xa thuong tru",
            "commune code", "commune"),
    OLD_ID("so cmnd", "cmnd", "chung minh nhan dan", "so chung minh"),
    ETHNICITY("dan toc", "ethnic group"),
    RELIGION("ton giao"),
    NATIONALITY("quoc tich"),
    ADDRESS("dia chi", "dia chi thuong tru", "noi thuong tru", "thuong tru"),
    OTHER_NAMES("ten goi khac", "ten khac"),
    HOME_TOWN("que quan"),
    FATHER_NAME("ho ten cha", "ten cha", "cha"),
    MOTHER_NAME("ho ten me", "ten me", "me");

    private final List<String> headers;

    CivilColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** How files written by dancu head the column: {@code full_name}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The header texts besides {@link #key()} that name this column, already reduced. */
    public List<String> headers() {
        return headers;
    }
}
