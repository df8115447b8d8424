package org.dancu.tabular;

/** How the characters of a file were stored. {@link #messageKey()} names it for the officer. */
public enum TextEncoding {
    UTF_8,
    UTF_16LE,
    UTF_16BE,
    WINDOWS_1258,
    /** The 8-bit TCVN 5712:1993 (VN3, "ABC") font encoding, converted to Unicode while reading. */
    TCVN3,
    /** Text cells of an XLSX workbook, which stores Unicode whatever the office's locale. */
    SPREADSHEET;

    public String messageKey() {
        return "tabular.encoding." + name();
    }
}
