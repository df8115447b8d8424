package org.dancu.register.internal;

import java.util.List;
import java.util.Locale;

import org.dancu.civil.VietnameseText;

/**
 * The person fields an import file can fill, with the header texts (Vietnamese or English, compared
 * without diacritics, case or punctuation) that suggest each. An export writes {@link #column()}
 * as its header, so an exported file maps itself when imported again.
 */
public enum ImportField {
    PIN(true, "so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "so cccd", "cccd", "can cuoc cong dan",
            "so can cuoc", "personal id", "id number", "national id", "pin"),
    FULL_NAME(true, "ho va ten", "ho ten", "ten", "full name", "name"),
    BIRTH_DATE(true, "ngay sinh", "ngay thang nam sinh", "ngay sinh dd mm yyyy", "birth date", "date of birth", "dob"),
    SEX(true, "gioi tinh", "gioi", "sex", "gender"),
    COMMUNE_CODE(true, "ma xa", "ma xa phuong", "ma phuong xa", "ma don vi hanh chinh", "ma dvhc", "ma xa thuong tru",
            "commune code", "commune"),
    OLD_ID(false, "so cmnd", "cmnd", "chung minh nhan dan", "so chung minh", "old id"),
    ETHNICITY(false, "dan toc", "ethnicity", "ethnic group"),
    RELIGION(false, "ton giao", "religion"),
    NATIONALITY(false, "quoc tich", "nationality"),
    ADDRESS(false, "dia chi", "dia chi thuong tru", "noi thuong tru", "thuong tru", "address"),
    OTHER_NAMES(false, "ten goi khac", "ten khac", "other names"),
    HOME_TOWN(false, "que quan", "home town"),
    FATHER_NAME(false, "ho ten cha", "ten cha", "cha", "father name"),
    MOTHER_NAME(false, "ho ten me", "ten me", "me", "mother name");

    private final boolean required;
    private final List<String> headers;

    ImportField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The column name an export writes and the CLI's {@code --mapping} accepts: {@code full_name}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "register.import.field." + column();
    }

    /** A header text reduced to what the synonyms are written in: "Họ và tên:" → "ho va ten". */
    static String headerKey(String header) {
        return VietnameseText.asciiKey(header).replaceAll("[^a-z0-9]+", " ").strip();
    }

    boolean suggestedBy(String header) {
        String key = headerKey(header);
        return headers.contains(key) || key.equals(headerKey(column()));
    }

    /** The field a CLI or form names, by {@link #column()} or enum name; null when none. */
    public static ImportField byName(String name) {
        for (ImportField field : values()) {
            if (field.column().equalsIgnoreCase(name.strip()) || field.name().equalsIgnoreCase(name.strip())) {
                return field;
            }
        }
        return null;
    }
}
